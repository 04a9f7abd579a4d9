package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * SQLite: sqlite_master plus PRAGMA table_info, foreign_key_list, index_list and index_info; constraint names and
 * checks from the CREATE TABLE text ({@link SqliteTableText}). Indexes SQLite makes for PRIMARY KEY and UNIQUE
 * (origin pk/u, named sqlite_autoindex_*) are not indexes here: they show as the key and the unique constraint.
 * Primary-key columns are reported NOT NULL, as every other dialect does, although SQLite itself does not
 * enforce it except for INTEGER PRIMARY KEY.
 */
final class SqliteSnapshotReader extends CatalogSnapshotReader {

    /** No enum types or free sequences on this dialect. */
    @Override
    String storedName(Connection connection, java.util.Set<String> tables, String table) {
        return storedAmong(tables, table);
    }

    @Override
    Parts parts(Connection c) throws SQLException {
        return new Parts(tables(c), new TreeMap<>(), views(c), new TreeMap<>());
    }

    /** What a table's snapshot was built from, and the snapshot; see {@link #tables}. */
    private record Kept(String text, TableSnapshot table) {
    }

    /** The tables of the last read, by name: reused while their schema text stays the same. */
    private Map<String, Kept> kept = Map.of();

    /**
     * One query per PRAGMA for all tables, through the table-valued PRAGMA functions joined over sqlite_master, not
     * one per table: a snapshot is taken three times per revision, and most of its cost was the per-table round trips.
     * <p>
     * And only for the tables whose schema text changed since this reader's last read. SQLite keeps a schema as
     * nothing but sqlite_master's SQL text: every PRAGMA answer about a table is parsed from its CREATE TABLE and its
     * CREATE INDEX texts, so a table whose texts are the same as last time reads the same, and any DDL that reaches a
     * table (an ALTER, a rename of a table it references, which rewrites its text, an index) changes them. The one
     * answer that depends on another table, a {@code REFERENCES t} without columns (t's primary key), makes that
     * read a full one and its table never kept.
     */
    SortedMap<String, TableSnapshot> tables(Connection c) throws SQLException {
        Map<String, String> createTexts = new TreeMap<>();
        Map<String, StringBuilder> texts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        query(c, "SELECT m.type, m.name, m.tbl_name, m.sql FROM sqlite_master m WHERE m.type IN ('table', 'index')"
                + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.type DESC, m.name", List.of(), r -> {
                    if (r.getString(1).equals("table")) {
                        createTexts.put(r.getString(2), r.getString(4));
                        texts.put(r.getString(2), new StringBuilder(r.getString(4)));
                    } else if (texts.containsKey(r.getString(3))) {
                        texts.get(r.getString(3)).append('\0').append(r.getString(2)).append('\0')
                                .append(r.getString(4));
                    }
                });
        List<String> changed = createTexts.keySet().stream().filter(t -> !kept.containsKey(t)
                || !kept.get(t).text().equals(texts.get(t).toString())).toList();
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        Set<String> unresolved = new HashSet<>();
        if (!changed.isEmpty()) {
            tables.putAll(read(c, createTexts, Optional.of(changed), unresolved));
            if (!unresolved.isEmpty()) {
                tables.putAll(read(c, createTexts, Optional.empty(), unresolved));
            }
        }
        Map<String, Kept> next = new HashMap<>();
        for (String name : createTexts.keySet()) {
            TableSnapshot t = tables.computeIfAbsent(name, n -> kept.get(n).table());
            if (!unresolved.contains(name)) {
                next.put(name, new Kept(texts.get(name).toString(), t));
            }
        }
        kept = next;
        return tables;
    }

    /**
     * The tables {@code only} names (every table when empty) from the PRAGMAs; {@code unresolved} gets the tables
     * with a foreign key whose columns come from another table.
     */
    private SortedMap<String, TableSnapshot> read(Connection c, Map<String, String> createTexts,
                                                  Optional<List<String>> only, Set<String> unresolved)
            throws SQLException {
        String filter = only.map(names -> " AND m.name IN (" + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")").orElse("");
        List<String> params = only.orElse(List.of());
        // SQLite looks names up case-insensitively ("REFERENCES P" finds table p), and so do these maps
        Map<String, List<String[]>> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        query(c, "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk"
                + tablesJoined("JOIN pragma_table_info(m.name) p") + filter + " ORDER BY m.name, p.cid", params,
                r -> rowsOf(columns, r).add(strings(r, 2, 6)));
        Map<String, List<String[]>> foreignKeys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        query(c, "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete"
                + tablesJoined("JOIN pragma_foreign_key_list(m.name) f") + filter + " ORDER BY m.name, f.id, f.seq",
                params, r -> {
                    rowsOf(foreignKeys, r).add(strings(r, 2, 7));
                    if (r.getString(5) == null) {
                        unresolved.add(r.getString(1));
                    }
                });
        Map<String, List<String[]>> indexColumns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        query(c, "SELECT m.name, i.name, i.\"unique\", i.origin, x.seqno, x.name"
                + tablesJoined("JOIN pragma_index_list(m.name) i LEFT JOIN pragma_index_info(i.name) x") + filter
                + " ORDER BY m.name, i.seq, x.seqno", params, r -> rowsOf(indexColumns, r).add(strings(r, 2, 6)));
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        for (String name : only.orElseGet(() -> List.copyOf(createTexts.keySet()))) {
            tables.put(name, table(name, SqliteTableText.constraints(createTexts.get(name)), columns.getOrDefault(name,
                    List.of()), foreignKeys.getOrDefault(name, List.of()), indexColumns.getOrDefault(name, List.of()),
                    columns));
        }
        return tables;
    }

    /** sqlite_master's tables joined to {@code pragmas}; SQLite's own (sqlite_sequence, sqlite_stat1) left out. */
    private static String tablesJoined(String pragmas) {
        return " FROM sqlite_master m " + pragmas
                + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
    }

    /** The list of the row's table (column 1). */
    private static List<String[]> rowsOf(Map<String, List<String[]>> byTable, ResultSet row) throws SQLException {
        return byTable.computeIfAbsent(row.getString(1), k -> new ArrayList<>());
    }

    private static String[] strings(ResultSet row, int first, int last) throws SQLException {
        String[] values = new String[last - first + 1];
        for (int i = first; i <= last; i++) {
            values[i - first] = row.getString(i);
        }
        return values;
    }

    /** {@code columnRows}: name, type, notnull, dflt_value, pk, in column order. */
    private TableSnapshot table(String table, List<SqliteTableText.Found> found, List<String[]> columnRows,
                                List<String[]> foreignKeyRows, List<String[]> indexRows,
                                Map<String, List<String[]>> allColumns) {
        TableSnapshotBuilder b = new TableSnapshotBuilder(table);
        SortedMap<Integer, String> keyColumns = new TreeMap<>();
        for (String[] col : columnRows) {
            int pk = Integer.parseInt(col[4]);
            if (pk > 0) {
                keyColumns.put(pk, col[0]);
            }
            b.column(new ColumnSnapshot(col[0], SqlText.type(col[1]), Integer.parseInt(col[2]) == 0 && pk == 0,
                    SqlText.defaultValue(col[3])));
        }
        if (!keyColumns.isEmpty()) {
            b.primaryKey(new PrimaryKeySnapshot(nameOf(found, "pk", List.copyOf(keyColumns.values())),
                    List.copyOf(keyColumns.values())));
        }
        foreignKeys(foreignKeyRows, found, b, allColumns);
        indexes(indexRows, found, b);
        for (SqliteTableText.Found check : found) {
            if (check.kind().equals("check")) {
                b.check(new CheckSnapshot(check.name().orElse(SyntheticNames.check(check.expression())),
                        check.expression()));
            }
        }
        return b.build();
    }

    /** {@code rows}: id, table, from, to, on_update, on_delete, by id then seq. */
    private void foreignKeys(List<String[]> rows, List<SqliteTableText.Found> found, TableSnapshotBuilder b,
                             Map<String, List<String[]>> allColumns) {
        SortedMap<Integer, List<String[]>> byId = new TreeMap<>();
        for (String[] row : rows) {
            byId.computeIfAbsent(Integer.parseInt(row[0]), k -> new ArrayList<>())
                    .add(new String[] {row[1], row[2], row[3], row[4], row[5]});
        }
        for (List<String[]> parts : byId.values()) {
            String referenced = parts.get(0)[0];
            List<String> columns = new ArrayList<>();
            List<String> referencedColumns = new ArrayList<>();
            for (String[] p : parts) {
                columns.add(p[1]);
                referencedColumns.add(p[2]);
            }
            if (referencedColumns.contains(null)) {
                // "REFERENCES t" without columns means t's primary key
                referencedColumns = primaryKeyOf(allColumns.getOrDefault(referenced, List.of()));
            }
            String name = nameOf(found, "fk", columns).orElse(SyntheticNames.foreignKey(columns));
            b.foreignKey(new ForeignKeySnapshot(name, columns, referenced, referencedColumns,
                    ReferentialActions.normalise(parts.get(0)[4]), ReferentialActions.normalise(parts.get(0)[3])));
        }
    }

    private static List<String> primaryKeyOf(List<String[]> columnRows) {
        SortedMap<Integer, String> key = new TreeMap<>();
        for (String[] col : columnRows) {
            int pk = Integer.parseInt(col[4]);
            if (pk > 0) {
                key.put(pk, col[0]);
            }
        }
        return List.copyOf(key.values());
    }

    /** {@code rows}: index name, unique, origin, seqno (NULL: no column row), column (NULL: an expression). */
    private void indexes(List<String[]> rows, List<SqliteTableText.Found> found, TableSnapshotBuilder b) {
        Map<String, List<String>> columnsOf = new LinkedHashMap<>();
        Map<String, String[]> indexOf = new LinkedHashMap<>();
        for (String[] row : rows) {
            indexOf.putIfAbsent(row[0], row);
            List<String> columns = columnsOf.computeIfAbsent(row[0], k -> new ArrayList<>());
            // LEFT JOIN: an index with no info row still shows, with no columns, as its own query would have it
            if (row[3] != null) {
                columns.add(row[4] == null ? "<expression>" : row[4]);
            }
        }
        for (Map.Entry<String, String[]> entry : indexOf.entrySet()) {
            String[] index = entry.getValue();
            List<String> columns = columnsOf.get(entry.getKey());
            if (index[2].equals("c")) {
                b.index(new IndexSnapshot(index[0], columns, index[1].equals("1")));
            } else if (index[2].equals("u")) {
                b.unique(new UniqueSnapshot(nameOf(found, "unique", columns).orElse(SyntheticNames.unique(columns)),
                        columns));
            }
        }
    }

    private static Optional<String> nameOf(List<SqliteTableText.Found> found, String kind, List<String> columns) {
        List<String> wanted = lower(columns);
        return found.stream().filter(f -> f.kind().equals(kind) && lower(f.columns()).equals(wanted))
                .map(SqliteTableText.Found::name).flatMap(Optional::stream).findFirst();
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    SortedMap<String, ViewSnapshot> views(Connection c) throws SQLException {
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        query(c, "SELECT name, sql FROM sqlite_master WHERE type = 'view'", List.of(), r -> views.put(r.getString(1),
                new ViewSnapshot(r.getString(1), SqlText.expression(r.getString(2).replaceFirst(
                        "(?is)^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?VIEW\\s+(IF\\s+NOT\\s+EXISTS\\s+)?"
                                + "(\"[^\"]*\"|`[^`]*`|\\S+)\\s*(\\([^)]*\\)\\s*)?AS\\s+", "")))));
        return views;
    }
}
