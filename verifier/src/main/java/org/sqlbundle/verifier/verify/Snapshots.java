package org.sqlbundle.verifier.verify;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.plan.ChainModel;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.verifier.expect.ExpectedSchema;
import org.sqlbundle.verifier.snapshot.Difference;
import org.sqlbundle.verifier.snapshot.SnapshotDiff;
import org.sqlbundle.verifier.snapshot.Snapshot;
import org.sqlbundle.verifier.snapshot.VersionRow;
import org.sqlbundle.verifier.snapshot.SnapshotReader;
import org.sqlbundle.verifier.target.Target;

/** Reads snapshots with the run's version table, and separates that table from the schema being compared. */
final class Snapshots {

    private final String versionTable;
    private final Chain chain;
    private final ChainModel model;
    private final Connections connections;

    Snapshots(String versionTable, ChainModel model, Connections connections) {
        this.versionTable = versionTable;
        this.chain = model.chain();
        this.model = model;
        this.connections = connections;
    }

    /** As the database stores it: the chain's own names are told from derived ones by {@link #tolerant}. */
    Snapshot read(Target target) {
        return SnapshotReader.forDialect(target.dialect()).readRaw(connections.of(target), Optional.of(versionTable));
    }

    /** The models from base to {@code upTo}: the foreign keys the database may keep an InnoDB index of. */
    List<Schema> seen(int upTo) {
        return IntStream.rangeClosed(Chain.BASE, upTo).mapToObj(model::schemaAt).toList();
    }

    /** The model at {@code position} against a snapshot, with every tolerance ({@link ExpectedSchema#compare}). */
    List<Difference> againstModel(Snapshot s, int position, Dialect dialect) {
        return ExpectedSchema.compare(model.schemaAt(position), seen(position), s, dialect, versionTable);
    }

    /**
     * Two snapshots compared with the tolerances of the model at {@code position} (the one both should match), the
     * models up to {@code upTo} seen; the version table aside (a bundle from base creates it, its downgrade leaves
     * it); its rows are checked on their own.
     */
    List<Difference> between(Snapshot expected, Snapshot actual, int position, int upTo, Dialect dialect) {
        Schema at = model.schemaAt(position);
        List<Schema> seen = seen(upTo);
        return SnapshotDiff.between(ExpectedSchema.tolerant(expected, at, seen, dialect, versionTable),
                ExpectedSchema.tolerant(actual, at, seen, dialect, versionTable));
    }

    static List<String> versions(Snapshot s) {
        return s.versionRows().stream().map(VersionRow::values)
                .map(v -> v.getOrDefault("version_num", Optional.empty()).orElse("NULL")).toList();
    }

    /** What the version table should hold at {@code position}: nothing at base, else that revision's id. */
    List<String> expectedVersions(int position) {
        return position == Chain.BASE ? List.of() : List.of(chain.at(position).id());
    }

    static String describeVersions(List<String> versions) {
        return versions.isEmpty() ? "no row" : String.join(", ", versions);
    }
}
