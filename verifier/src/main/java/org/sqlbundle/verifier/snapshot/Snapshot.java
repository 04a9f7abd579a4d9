package org.sqlbundle.verifier.snapshot;

import java.util.List;
import java.util.SortedMap;

/**
 * Everything the verifier compares about a live schema. Maps are sorted by name, so two snapshots of the same
 * schema are equal whatever order it was created in; compare them with {@link SnapshotDiff#between}.
 */
public record Snapshot(
        SortedMap<String, TableSnapshot> tables,
        SortedMap<String, EnumSnapshot> enums,
        SortedMap<String, ViewSnapshot> views,
        List<VersionRow> versionRows) {

    public Snapshot {
        tables = TableSnapshot.frozen(tables);
        enums = TableSnapshot.frozen(enums);
        views = TableSnapshot.frozen(views);
        versionRows = List.copyOf(versionRows);
    }
}
