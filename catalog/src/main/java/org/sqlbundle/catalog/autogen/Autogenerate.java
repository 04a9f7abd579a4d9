package org.sqlbundle.catalog.autogen;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.catalog.expect.LiveComparison;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;

/**
 * Alembic's autogenerate: the ops that bring the compiler's model at head to what a live database has. The
 * ops are checked against the model before they are returned, so a revision written from them loads.
 */
public final class Autogenerate {

    private Autogenerate() {
    }

    /** The ops and notes for the database behind {@code connection}; E081/E082 for what has no portable form. */
    public static SchemaDiff.Result diff(Connection connection, Dialect dialect, Schema head, String versionTable) {
        // raw names: the comparison keeps the ones the model gives (a key the chain or the server named t_ibfk_1)
        Snapshot snapshot = SnapshotReader.forDialect(dialect).readRaw(connection, Optional.empty());
        return diff(snapshot, dialect, head, versionTable);
    }

    public static SchemaDiff.Result diff(Snapshot snapshot, Dialect dialect, Schema head, String versionTable) {
        return diff(LiveComparison.of(head, snapshot, dialect, versionTable), dialect, head);
    }

    /** The ops for a comparison already made: {@code diff --url} and autogenerate see the same differences. */
    public static SchemaDiff.Result diff(LiveComparison comparison, Dialect dialect, Schema head) {
        LiveSchema.Result live = LiveSchema.read(dialect, head, comparison);
        SchemaDiff.Result diff = SchemaDiff.between(head, live.schema());
        Schema s = head;
        for (Op op : diff.ops()) {
            s = op.apply(s);
        }
        List<String> notes = new ArrayList<>(live.notes());
        notes.addAll(diff.notes());
        return new SchemaDiff.Result(diff.ops(), notes);
    }
}
