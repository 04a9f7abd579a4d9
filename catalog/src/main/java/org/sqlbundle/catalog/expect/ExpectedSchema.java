package org.sqlbundle.catalog.expect;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

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
        return compare(expected, List.of(expected), actual, dialect, versionTable);
    }

    /**
     * As above, where {@code seen} are the models the database has been through (for the foreign keys whose
     * InnoDB index may have stayed behind, {@link Tolerances}); {@code actual} read with
     * {@link org.sqlbundle.catalog.snapshot.SnapshotReader#readRaw}, so names the chain gave are not taken
     * for derived ones.
     */
    public static List<Difference> compare(Schema expected, Iterable<Schema> seen, Snapshot actual, Dialect dialect,
                                           String versionTable) {
        return compare(expected, Tolerances.foreignKeysOf(seen, dialect), actual, dialect, versionTable);
    }

    /** As above, with the foreign keys of the models seen already gathered ({@link #foreignKeysOf}). */
    public static List<Difference> compare(Schema expected, Set<String> seenKeys, Snapshot actual, Dialect dialect,
                                           String versionTable) {
        Snapshot model = Projections.of(expected, dialect);
        Set<String> keys = seenKeys;
        Snapshot live = withoutToolObjects(actual, versionTable);
        return SnapshotDiff.between(BlindSpots.maskBodies(Tolerances.apply(model, model, keys, dialect), dialect),
                BlindSpots.maskBodies(Tolerances.apply(live, model, keys, dialect), dialect));
    }

    /**
     * Two snapshots of one database made comparable with the same tolerances as {@link #compare} for the model
     * {@code expected} it should be at, bodies as printed; the tool's own tables left out.
     */
    public static Snapshot tolerant(Snapshot actual, Schema expected, Iterable<Schema> seen, Dialect dialect,
                                    String versionTable) {
        return tolerant(actual, expected, Tolerances.foreignKeysOf(seen, dialect), dialect, versionTable);
    }

    /** As above, with the foreign keys of the models seen already gathered ({@link #foreignKeysOf}). */
    public static Snapshot tolerant(Snapshot actual, Schema expected, Set<String> seenKeys, Dialect dialect,
                                    String versionTable) {
        Snapshot model = Projections.of(expected, dialect);
        Snapshot s = withoutToolObjects(actual, versionTable);
        return Tolerances.apply(s, model, seenKeys, dialect);
    }

    /**
     * The foreign keys of {@code tables} as {@code dialect} stores them, the form the overloads taking
     * {@code seenKeys} want: a caller walking a chain adds each revision's changed tables to one set instead of
     * walking every model from base again at every step (quadratic in a long chain).
     */
    public static Set<String> foreignKeysOf(Iterable<Table> tables, Dialect dialect) {
        return Tolerances.foreignKeysOfTables(tables, dialect);
    }

    /** The model as {@code dialect}'s reader would print it, with what no model can predict masked (autogenerate). */
    public static Snapshot projected(Schema expected, Dialect dialect) {
        Snapshot model = Projections.of(expected, dialect);
        return BlindSpots.maskBodies(Tolerances.apply(model, model, Set.of(), dialect), dialect);
    }

    /** A live snapshot masked like {@link #projected} so the two compare part by part; tool objects left out. */
    public static Snapshot comparable(Snapshot actual, Snapshot projected, Dialect dialect, String versionTable) {
        return BlindSpots.maskBodies(Tolerances.apply(withoutToolObjects(actual, versionTable), projected, Set.of(),
                dialect), dialect);
    }

    /** A name as {@code dialect}'s reader reports it (H2 folds all-upper-case names back to lower case). */
    public static String projectedName(String name, Dialect dialect) {
        return ModelProjection.forDialect(dialect).name(name);
    }

    /** The version table's name as any dialect may store it (H2 upper-cases a name created unquoted). */
    public static Snapshot withoutToolObjects(Snapshot s, String versionTable) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        // <version table>_lock is the one-row table of the online verbs' H2 migration lock, _history the bundles' history
        tables.keySet().removeIf(name -> name.equalsIgnoreCase(versionTable)
                || name.equalsIgnoreCase(versionTable + "_lock")
                || name.equalsIgnoreCase(org.sqlbundle.compiler.internal.render.History.tableFor(versionTable)));
        return new Snapshot(tables, s.enums(), s.views(), List.of(), s.sequences());
    }
}
