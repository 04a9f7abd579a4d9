package org.sqlbundle.catalog.snapshot;

import java.util.List;
import java.util.SortedMap;

/**
 * Everything the verifier compares about a live schema; {@code sequences} are PostgreSQL's sequences that no column
 * owns (name -> type, start, increment, bounds, cycle), which no model op creates. Maps are sorted by name, so two snapshots of the same
 * schema are equal whatever order it was created in; compare them with {@link SnapshotDiff#between}.
 */
public record Snapshot(
        SortedMap<String, TableSnapshot> tables,
        SortedMap<String, EnumSnapshot> enums,
        SortedMap<String, ViewSnapshot> views,
        List<VersionRow> versionRows,
        SortedMap<String, String> sequences) {

    public Snapshot {
        tables = TableSnapshot.frozen(tables);
        enums = TableSnapshot.frozen(enums);
        views = TableSnapshot.frozen(views);
        versionRows = List.copyOf(versionRows);
        sequences = TableSnapshot.frozen(sequences);
    }

    /** Without sequences: every dialect but PostgreSQL, and the model (which has none). */
    public Snapshot(SortedMap<String, TableSnapshot> tables, SortedMap<String, EnumSnapshot> enums,
                    SortedMap<String, ViewSnapshot> views, List<VersionRow> versionRows) {
        this(tables, enums, views, versionRows, new java.util.TreeMap<>());
    }
}
