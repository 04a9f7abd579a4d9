package org.sqlbundle.catalog.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.ops.TableOptionRules;

/**
 * MySQL and MariaDB, from information_schema in the current database. Integer display widths are dropped
 * ({@code int(11)} is {@code int}, as MySQL 8 prints it) except {@code tinyint(1)}. A unique index and a unique
 * constraint are one thing here, so both show as unique constraints, and the PRIMARY index is the primary key
 * (no name: it is always PRIMARY). The index MySQL creates for a foreign key, named after it, is left out.
 * MariaDB stores json as longtext with a {@code json_valid(col)} check named after the column: that column reads
 * as {@code json} and the check is dropped. Defaults: MariaDB quotes literals and writes an explicit NULL as the
 * text NULL; MySQL 8 leaves literals bare and marks expressions DEFAULT_GENERATED; both become one spelling.
 * Table options are ENGINE, TABLE_COLLATION and the collation's charset; a column's collation is shown only where
 * it differs from its table's (the model's columns follow their table).
 */
final class MysqlSnapshotReader extends CatalogSnapshotReader {

    private static final Pattern INTEGER_WIDTH = Pattern.compile("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)");
    private static final Set<String> QUOTED_DEFAULT_TYPES = Set.of("char", "varchar", "text", "tinytext",
            "mediumtext", "longtext", "enum", "set", "date", "time", "datetime", "timestamp", "year", "json");

    MysqlSnapshotReader() {
    }

    /**
     * MariaDB's catalog differs from MySQL's (quoted literal defaults, 'NULL' for no default, CHECK_CONSTRAINTS with
     * TABLE_NAME). That is the server's doing, not the dialect's: MySQL bundles are often applied to MariaDB
     * servers, so the server decides how the catalog is read.
     */
    private static boolean mariadbServer(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductVersion().toLowerCase(java.util.Locale.ROOT).contains("mariadb");
    }

    /** No enum types or free sequences on this dialect. */
    @Override
    Parts parts(Connection c) throws SQLException {
        return new Parts(tables(c), new TreeMap<>(), views(c), new TreeMap<>());
    }

    SortedMap<String, TableSnapshot> tables(Connection c) throws SQLException {
        boolean mariadb = mariadbServer(c);
        SortedMap<String, TableSnapshotBuilder> b = new TreeMap<>();
        Map<String, String> tableCollations = new HashMap<>();
        query(c, "SELECT t.TABLE_NAME, t.ENGINE, t.TABLE_COLLATION, k.CHARACTER_SET_NAME FROM information_schema.TABLES t"
                + " LEFT JOIN information_schema.COLLATIONS k ON k.COLLATION_NAME = t.TABLE_COLLATION"
                + " WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'", List.of(), r -> {
                    TableSnapshotBuilder t = new TableSnapshotBuilder(r.getString(1));
                    b.put(r.getString(1), t);
                    tableOptions(t, r.getString(2), r.getString(3), r.getString(4));
                    tableCollations.put(r.getString(1), r.getString(3));
                });
        query(c, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, DATA_TYPE,"
                + " COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " ORDER BY TABLE_NAME, ORDINAL_POSITION", List.of(), r -> {
                    TableSnapshotBuilder t = b.get(r.getString(1));
                    if (t != null) {
                        // columns have no collation in the model, they follow their table: one shows only where
                        // it is not the table's own
                        String collation = r.getString(8) == null
                                || r.getString(8).equals(tableCollations.get(r.getString(1)))
                                ? "" : " collate " + r.getString(8);
                        t.column(new ColumnSnapshot(r.getString(2), type(r.getString(3)) + collation,
                                r.getString(4).equals("YES"), defaultValue(mariadb, r.getString(5), r.getString(6),
                                r.getString(7))));
                    }
                });
        Set<String> foreignKeyNames = constraints(c, b);
        checks(c, b, mariadb);
        indexes(c, b, foreignKeyNames);
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        b.forEach((n, builder) -> tables.put(n, builder.build()));
        return tables;
    }

    /** ENGINE, TABLE_COLLATION and its charset, lower-case, utf8 as utf8mb3 (the model's spelling is compared). */
    private static void tableOptions(TableSnapshotBuilder t, String engine, String collation, String charset) {
        if (engine != null) {
            t.option("engine", engine.toLowerCase(Locale.ROOT));
        }
        if (collation != null) {
            t.option("collation", TableOptionRules.canonical(collation.toLowerCase(Locale.ROOT)));
        }
        if (charset != null) {
            t.option("charset", TableOptionRules.canonical(charset.toLowerCase(Locale.ROOT)));
        }
    }

    static String type(String columnType) {
        String t = SqlText.type(columnType);
        return t.startsWith("tinyint(1)") ? t : INTEGER_WIDTH.matcher(t).replaceFirst("$1");
    }

    private static Optional<String> defaultValue(boolean mariadb, String raw, String extra, String dataType) {
        String ext = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        if (ext.contains("auto_increment")) {
            return Optional.of("auto_increment");
        }
        if (raw == null || mariadb) {
            return SqlText.defaultValue(raw);
        }
        boolean literal = !ext.contains("default_generated") && QUOTED_DEFAULT_TYPES.contains(dataType);
        return SqlText.defaultValue(literal ? "'" + raw.replace("'", "''") + "'" : raw);
    }

    /** Primary keys, unique constraints and foreign keys; returns the foreign keys' names. */
    private Set<String> constraints(Connection c, Map<String, TableSnapshotBuilder> b) throws SQLException {
        Map<String, List<String[]>> keyColumns = new HashMap<>();
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", List.of(),
                r -> keyColumns.computeIfAbsent(r.getString(1) + "." + r.getString(2), k -> new ArrayList<>())
                        .add(new String[] {r.getString(3), r.getString(4), r.getString(5)}));
        Map<String, String[]> rules = new HashMap<>();
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE"
                + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()", List.of(),
                r -> rules.put(r.getString(1) + "." + r.getString(2), new String[] {r.getString(3), r.getString(4)}));
        Set<String> foreignKeyNames = new HashSet<>();
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')",
                List.of(), r -> {
                    TableSnapshotBuilder t = b.get(r.getString(1));
                    String key = r.getString(1) + "." + r.getString(2);
                    List<String[]> parts = keyColumns.getOrDefault(key, List.of());
                    List<String> cols = parts.stream().map(p -> p[0]).toList();
                    String name = r.getString(2);
                    if (t == null) {
                        return;
                    }
                    if (r.getString(3).equals("PRIMARY KEY")) {
                        t.primaryKey(new PrimaryKeySnapshot(Optional.empty(), cols));
                    } else if (r.getString(3).equals("UNIQUE")) {
                        t.unique(new UniqueSnapshot(name, cols));
                    } else {
                        foreignKeyNames.add(key);
                        String[] rule = rules.getOrDefault(key, new String[] {"NO ACTION", "NO ACTION"});
                        t.foreignKey(new ForeignKeySnapshot(
                                name, cols,
                                parts.isEmpty() ? "" : parts.get(0)[1], parts.stream().map(p -> p[2]).toList(),
                                ReferentialActions.normalise(rule[0]), ReferentialActions.normalise(rule[1])));
                    }
                });
        return foreignKeyNames;
    }

    /** MariaDB's CHECK_CONSTRAINTS has TABLE_NAME; MySQL's has not, so it is joined from TABLE_CONSTRAINTS. */
    private void checks(Connection c, Map<String, TableSnapshotBuilder> b, boolean mariadb) throws SQLException {
        String sql = mariadb
                ? "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = DATABASE()"
                : "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS cc"
                        + " JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
                        + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME AND tc.CONSTRAINT_TYPE = 'CHECK'"
                        + " WHERE cc.CONSTRAINT_SCHEMA = DATABASE()";
        query(c, sql, List.of(), r -> {
            TableSnapshotBuilder t = b.get(r.getString(1));
            if (t == null) {
                return;
            }
            String name = r.getString(2);
            String expression = SqlText.expression(r.getString(3));
            Optional<ColumnSnapshot> column = t.findColumn(name);
            // MariaDB's json is longtext collate utf8mb4_bin: the collation is part of the type, not a change
            if (column.isPresent() && column.get().type().replaceFirst(" collate \\S+$", "").equals("longtext")
                    && expression.equals("json_valid(" + name.toLowerCase(Locale.ROOT) + ")")) {
                ColumnSnapshot col = column.get();
                t.replaceColumn(new ColumnSnapshot(col.name(), "json", col.nullable(), col.defaultValue()));
            } else {
                t.check(new CheckSnapshot(name, expression));
            }
        });
    }

    private void indexes(Connection c, Map<String, TableSnapshotBuilder> b, Set<String> foreignKeyNames)
            throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        query(c, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", List.of(), r -> {
                    String key = r.getString(1) + "." + r.getString(2);
                    columns.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(r.getString(4) == null ? "<expression>" : r.getString(4));
                    unique.put(key, r.getInt(3) == 0);
                });
        columns.forEach((key, cols) -> {
            String table = key.substring(0, key.indexOf('.'));
            String name = key.substring(key.indexOf('.') + 1);
            TableSnapshotBuilder t = b.get(table);
            boolean isConstraint = name.equals("PRIMARY") || foreignKeyNames.contains(key);
            if (t == null || isConstraint) {
                return;
            }
            if (unique.get(key)) {
                t.unique(new UniqueSnapshot(name, cols));
            } else {
                t.index(new IndexSnapshot(name, cols, false));
            }
        });
    }

    SortedMap<String, ViewSnapshot> views(Connection c) throws SQLException {
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        query(c, "SELECT TABLE_NAME, VIEW_DEFINITION, TABLE_SCHEMA FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = DATABASE()", List.of(), r -> views.put(r.getString(1), new ViewSnapshot(
                        r.getString(1), SqlText.expression(r.getString(2).replace("`" + r.getString(3) + "`.", "")))));
        return views;
    }
}
