package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The SQLite reader as it was before it joined the PRAGMA functions over sqlite_master: one query per table and
 * PRAGMA. Kept as the reference that the faster reader must match record for record.
 */
final class PerTableSqliteSnapshotReader extends CatalogSnapshotReader {

    @Override
    Parts parts(Connection c) throws SQLException {
        return new Parts(tables(c), new java.util.TreeMap<>(), views(c), new java.util.TreeMap<>());
    }

    SortedMap<String, TableSnapshot> tables(Connection c) throws SQLException {
        Map<String, String> createTexts = new TreeMap<>();
        query(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                List.of(), r -> createTexts.put(r.getString(1), r.getString(2)));
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        for (Map.Entry<String, String> table : createTexts.entrySet()) {
            tables.put(table.getKey(), table(c, table.getKey(), SqliteTableText.constraints(table.getValue())));
        }
        return tables;
    }

    private TableSnapshot table(Connection c, String table, List<SqliteTableText.Found> found) throws SQLException {
        TableSnapshotBuilder b = new TableSnapshotBuilder(table);
        SortedMap<Integer, String> keyColumns = new TreeMap<>();
        query(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
                List.of(table), r -> {
                    boolean inKey = r.getInt(5) > 0;
                    if (inKey) {
                        keyColumns.put(r.getInt(5), r.getString(1));
                    }
                    b.column(new ColumnSnapshot(r.getString(1), SqlText.type(r.getString(2)),
                            r.getInt(3) == 0 && !inKey, SqlText.defaultValue(r.getString(4))));
                });
        if (!keyColumns.isEmpty()) {
            b.primaryKey(new PrimaryKeySnapshot(nameOf(found, "pk", List.copyOf(keyColumns.values())),
                    List.copyOf(keyColumns.values())));
        }
        foreignKeys(c, table, found, b);
        indexes(c, table, found, b);
        for (SqliteTableText.Found check : found) {
            if (check.kind().equals("check")) {
                b.check(new CheckSnapshot(check.name().orElse(SyntheticNames.check(check.expression())),
                        check.expression()));
            }
        }
        return b.build();
    }

    private void foreignKeys(Connection c, String table, List<SqliteTableText.Found> found, TableSnapshotBuilder b)
            throws SQLException {
        SortedMap<Integer, List<String[]>> byId = new TreeMap<>();
        query(c, "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
                + " ORDER BY id, seq", List.of(table), r -> byId.computeIfAbsent(r.getInt(1), k -> new ArrayList<>())
                .add(new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)}));
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
                referencedColumns = primaryKeyOf(c, referenced);
            }
            String name = nameOf(found, "fk", columns).orElse(SyntheticNames.foreignKey(columns));
            b.foreignKey(new ForeignKeySnapshot(name, columns, referenced, referencedColumns,
                    ReferentialActions.normalise(parts.get(0)[4]), ReferentialActions.normalise(parts.get(0)[3])));
        }
    }

    private static List<String> primaryKeyOf(Connection c, String table) throws SQLException {
        SortedMap<Integer, String> key = new TreeMap<>();
        query(c, "SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0", List.of(table),
                r -> key.put(r.getInt(2), r.getString(1)));
        return List.copyOf(key.values());
    }

    private void indexes(Connection c, String table, List<SqliteTableText.Found> found, TableSnapshotBuilder b)
            throws SQLException {
        List<String[]> list = new ArrayList<>();
        query(c, "SELECT name, \"unique\", origin FROM pragma_index_list(?)", List.of(table),
                r -> list.add(new String[] {r.getString(1), r.getString(2), r.getString(3)}));
        for (String[] index : list) {
            List<String> columns = new ArrayList<>();
            query(c, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", List.of(index[0]),
                    r -> columns.add(r.getString(1) == null ? "<expression>" : r.getString(1)));
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
