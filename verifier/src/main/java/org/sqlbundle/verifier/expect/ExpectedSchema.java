package org.sqlbundle.verifier.expect;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.verifier.snapshot.Difference;
import org.sqlbundle.verifier.snapshot.Snapshot;
import org.sqlbundle.verifier.snapshot.SnapshotDiff;
import org.sqlbundle.verifier.snapshot.TableSnapshot;

/**
 * The check "the live schema is the compiler's model": the model is projected into what {@code dialect}'s
 * snapshot reader would print for it ({@link ModelProjection}), the properties no model can predict are made
 * equal on both sides ({@link BlindSpots}), and {@link SnapshotDiff} names every remaining difference.
 */
public final class ExpectedSchema {

    private ExpectedSchema() {
    }

    /**
     * Differences between the compiler's model (as {@code dialect} shows it in a live database) and a snapshot of
     * that database; the version table {@code versionTable} (and anything else the tool itself owns) is ignored.
     * Empty list = matches.
     */
    public static List<Difference> compare(Schema expected, Snapshot actual, Dialect dialect, String versionTable) {
        Snapshot model = BlindSpots.maskExpected(ModelProjection.forDialect(dialect).project(expected), dialect);
        Snapshot live = BlindSpots.maskActual(withoutToolObjects(actual, versionTable), model, dialect);
        return SnapshotDiff.between(model, live);
    }

    /** The version table's name as any dialect may store it (H2 upper-cases a name created unquoted). */
    private static Snapshot withoutToolObjects(Snapshot s, String versionTable) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        tables.keySet().removeIf(name -> name.equalsIgnoreCase(versionTable));
        return new Snapshot(tables, s.enums(), s.views(), List.of());
    }
}
