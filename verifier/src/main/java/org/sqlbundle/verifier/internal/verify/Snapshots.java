package org.sqlbundle.verifier.internal.verify;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.catalog.expect.ExpectedSchema;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.catalog.snapshot.VersionRow;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.verifier.internal.target.Target;

/** Reads snapshots with the run's version table, and separates that table from the schema being compared. */
public final class Snapshots {

    private final String versionTable;
    private final Chain chain;
    private final ChainModel model;
    private final Connections connections;
    /** {@link #seenKeys}' cache: the keys of the models up to {@code keysUpTo}, as {@code keysDialect} names them. */
    private Dialect keysDialect;
    private int keysUpTo = Chain.BASE;
    private Set<String> seenKeys = new HashSet<>();

    public Snapshots(String versionTable, ChainModel model, Connections connections) {
        this.versionTable = versionTable;
        this.chain = model.chain();
        this.model = model;
        this.connections = connections;
    }

    /** One reader per dialect for the run: the SQLite reader re-reads only the tables whose schema text changed. */
    private final Map<Dialect, SnapshotReader> readers = new EnumMap<>(Dialect.class);

    /** As the database stores it: the chain's own names are told from derived ones by {@link #tolerant}. */
    public Snapshot read(Target target) {
        return readers.computeIfAbsent(target.dialect(), SnapshotReader::forDialect)
                .readRaw(connections.of(target), Optional.of(versionTable));
    }

    /**
     * The foreign keys of the models from base to {@code upTo} (for the foreign keys whose InnoDB index may stay behind), gathered incrementally: the walk asks
     * for positions in increasing order, and a model adds keys only in the tables its revision changed.
     */
    private Set<String> seenKeys(int upTo, Dialect dialect) {
        if (dialect != keysDialect || upTo < keysUpTo) {
            keysDialect = dialect;
            keysUpTo = Chain.BASE;
            seenKeys = new HashSet<>();
        }
        for (int i = keysUpTo + 1; i <= upTo; i++) {
            Schema now = model.schemaAt(i);
            Schema.Changes changes = now.changedSince(model.schemaAt(i - 1)).orElse(null);
            Collection<Table> changed = changes == null ? now.tables().values()
                    : changes.tables().stream().map(now.tables()::get).filter(Objects::nonNull).toList();
            seenKeys.addAll(ExpectedSchema.foreignKeysOf(changed, dialect));
        }
        keysUpTo = Math.max(keysUpTo, upTo);
        return Set.copyOf(seenKeys);
    }

    /** The model at {@code position} against a snapshot, with every tolerance ({@link ExpectedSchema#compare}). */
    List<Difference> againstModel(Snapshot s, int position, Dialect dialect) {
        return ExpectedSchema.compare(model.schemaAt(position), seenKeys(position, dialect), s, dialect, versionTable);
    }

    /**
     * Two snapshots compared with the tolerances of the model at {@code position} (the one both should match), the
     * models up to {@code upTo} seen; the version table aside (a bundle from base creates it, its downgrade leaves
     * it); its rows are checked on their own.
     */
    List<Difference> between(Snapshot expected, Snapshot actual, int position, int upTo, Dialect dialect) {
        Schema at = model.schemaAt(position);
        Set<String> seen = seenKeys(upTo, dialect);
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
