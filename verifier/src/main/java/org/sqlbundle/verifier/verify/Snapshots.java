package org.sqlbundle.verifier.verify;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.verifier.snapshot.Snapshot;
import org.sqlbundle.verifier.snapshot.TableSnapshot;
import org.sqlbundle.verifier.snapshot.VersionRow;
import org.sqlbundle.verifier.snapshot.SnapshotReader;
import org.sqlbundle.verifier.target.Target;

/** Reads snapshots with the run's version table, and separates that table from the schema being compared. */
final class Snapshots {

    private final String versionTable;
    private final Chain chain;
    private final Connections connections;

    Snapshots(String versionTable, Chain chain, Connections connections) {
        this.versionTable = versionTable;
        this.chain = chain;
        this.connections = connections;
    }

    String versionTable() {
        return versionTable;
    }

    Snapshot read(Target target) {
        return SnapshotReader.forDialect(target.dialect()).read(connections.of(target), Optional.of(versionTable));
    }

    /**
     * The schema without the version table: a bundle from base creates it and its downgrade leaves it (empty), so its
     * presence is not part of a revision's symmetry; its rows are checked on their own.
     */
    Snapshot withoutVersionTable(Snapshot s) {
        TreeMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        // the history table beside it likewise: the bundles' bookkeeping, not the revision's schema
        tables.keySet().removeIf(name -> name.equalsIgnoreCase(versionTable)
                || name.equalsIgnoreCase(org.sqlbundle.compiler.render.History.tableFor(versionTable)));
        return new Snapshot(tables, s.enums(), s.views(), List.of());
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
