package org.sqlbundle.catalog.expect;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;

/**
 * The one comparison of a live schema with the compiler's model, shared by the verifier's schema check,
 * {@code diff --url} and {@code revision --autogenerate}: the model projected as the dialect's snapshot reader
 * would print it, the live snapshot without the tool's own tables, and both masked where no model can predict
 * the database ({@link BlindSpots}).
 *
 * @param projected the model as the reader would show it, masked
 * @param live      the live snapshot, masked like {@code projected}, without the tool's tables
 * @param raw       the live snapshot without the tool's tables, unmasked (autogenerate reads view bodies from it)
 */
public record LiveComparison(Snapshot projected, Snapshot live, Snapshot raw) {

    public static LiveComparison of(Schema model, Snapshot snapshot, Dialect dialect, String versionTable) {
        Snapshot projected = ExpectedSchema.projected(model, dialect);
        return new LiveComparison(projected, ExpectedSchema.comparable(snapshot, projected, dialect, versionTable),
                ExpectedSchema.withoutToolObjects(snapshot, versionTable));
    }

    /** Reads the schema {@code connection} points at and compares it with {@code model}. */
    public static LiveComparison read(Connection connection, Dialect dialect, Schema model, String versionTable) {
        // raw names: the comparison keeps the ones the model gives (a key the chain or the server named t_ibfk_1)
        return of(model, SnapshotReader.forDialect(dialect).readRaw(connection, Optional.empty()), dialect, versionTable);
    }

    /** Every difference, object by object in name order; empty when the database is the model. */
    public List<Difference> differences() {
        return SnapshotDiff.between(projected, live);
    }
}
