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

/**
 * H2 2.x (default mode), from INFORMATION_SCHEMA in the current schema. Upper-case names (H2's folding of unquoted
 * names) are folded back to lower case. Generated constraint names ({@code CONSTRAINT_8A}) are read as they are;
 * {@link SyntheticNames#apply} decides which are derived. H2 backs every PRIMARY KEY, UNIQUE and FOREIGN KEY with an index of a generated name
 * ({@code PRIMARY_KEY_8}, {@code FK_X_INDEX_8}); those are left out, while an explicit index a constraint
 * reuses stays. Types are DATA_TYPE with length or precision/scale; ENUM columns show their labels, {@code enum('a','b')}.
 */
final class H2SnapshotReader extends CatalogSnapshotReader {

    private static final Pattern GENERATED_INDEX = Pattern.compile("PRIMARY_KEY_[0-9A-F]*|.*_INDEX_[0-9A-F]+");
    private static final Set<String> LENGTH_TYPES =
            Set.of("CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY", "VARCHAR_IGNORECASE");

    private static String name(String raw) {
        return SqlText.unfoldUpperCase(raw);
    }

    /** No enum types or free sequences on this dialect. */
    @Override
    Parts parts(Connection c) throws SQLException {
        return new Parts(tables(c), new TreeMap<>(), views(c), new TreeMap<>());
    }

    SortedMap<String, TableSnapshot> tables(Connection c) throws SQLException {
        SortedMap<String, TableSnapshotBuilder> b = new TreeMap<>();
        query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()"
                + " AND TABLE_TYPE = 'BASE TABLE'", List.of(), r -> b.put(name(r.getString(1)),
                new TableSnapshotBuilder(name(r.getString(1)))));
        query(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,"
                + " NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IDENTITY_GENERATION"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA() ORDER BY TABLE_NAME, ORDINAL_POSITION",
                List.of(), r -> {
                    TableSnapshotBuilder t = b.get(name(r.getString(1)));
                    if (t != null) {
                        Optional<String> dflt = r.getString(10) == null ? SqlText.defaultValue(r.getString(9))
                                : Optional.of("generated " + r.getString(10).toLowerCase(Locale.ROOT) + " as identity");
                        t.column(new ColumnSnapshot(name(r.getString(2)), type(r.getString(3), r.getLong(4),
                                r.getInt(5), r.getInt(6), r.getInt(7)), r.getString(8).equals("YES"), dflt));
                    }
                });
        enumLabels(c, b);
        Set<String> constraintIndexes = new HashSet<>();
        constraints(c, b, constraintIndexes);
        indexes(c, b, constraintIndexes);
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        b.forEach((n, builder) -> tables.put(n, builder.build()));
        return tables;
    }

    static String type(String dataType, long length, int precision, int scale, int datetimePrecision) {
        String t = dataType;
        if (LENGTH_TYPES.contains(dataType) && length > 0) {
            t += "(" + length + ")";
        } else if (dataType.equals("NUMERIC") || dataType.equals("DECIMAL")) {
            t += "(" + precision + "," + scale + ")";
        } else if (dataType.startsWith("TIMESTAMP") && datetimePrecision != 6
                || dataType.startsWith("TIME ") && datetimePrecision != 0) {
            t = t.replaceFirst("^(TIMESTAMP|TIME)", "$1(" + datetimePrecision + ")");
        }
        return SqlText.type(t);
    }

    /** ENUM columns as {@code enum('a','b')}, labels in their order and spelling, as MySQL prints them. */
    private static void enumLabels(Connection c, Map<String, TableSnapshotBuilder> b) throws SQLException {
        Map<List<String>, List<String>> labels = new TreeMap<>(java.util.Comparator.comparing(List::toString));
        query(c, "SELECT C.TABLE_NAME, C.COLUMN_NAME, E.VALUE_NAME FROM INFORMATION_SCHEMA.COLUMNS C"
                + " JOIN INFORMATION_SCHEMA.ENUM_VALUES E ON E.OBJECT_SCHEMA = C.TABLE_SCHEMA"
                + " AND E.OBJECT_NAME = C.TABLE_NAME AND E.OBJECT_TYPE = 'TABLE' AND E.ENUM_IDENTIFIER = C.DTD_IDENTIFIER"
                + " WHERE C.TABLE_SCHEMA = SCHEMA() ORDER BY C.TABLE_NAME, C.COLUMN_NAME, E.VALUE_ORDINAL", List.of(),
                r -> labels.computeIfAbsent(List.of(name(r.getString(1)), name(r.getString(2))), k -> new ArrayList<>())
                        .add("'" + r.getString(3).replace("'", "''") + "'"));
        labels.forEach((key, values) -> {
            TableSnapshotBuilder t = b.get(key.get(0));
            Optional<ColumnSnapshot> column = t == null ? Optional.empty() : t.findColumn(key.get(1));
            column.ifPresent(col -> t.replaceColumn(new ColumnSnapshot(col.name(),
                    "enum(" + String.join(",", values) + ")", col.nullable(), col.defaultValue())));
        });
    }

    private void constraints(Connection c, Map<String, TableSnapshotBuilder> b, Set<String> constraintIndexes)
            throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        query(c, "SELECT CONSTRAINT_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE CONSTRAINT_SCHEMA = SCHEMA() ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION", List.of(),
                r -> columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(name(r.getString(2))));
        Map<String, String> tableOf = new HashMap<>();
        Map<String, String> checkClause = new HashMap<>();
        query(c, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = SCHEMA()", List.of(), r -> checkClause.put(r.getString(1), r.getString(2)));
        List<String[]> list = new ArrayList<>();
        query(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = SCHEMA()", List.of(), r -> {
                    list.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                    tableOf.put(r.getString(2), name(r.getString(1)));
                    if (r.getString(4) != null && GENERATED_INDEX.matcher(r.getString(4)).matches()) {
                        constraintIndexes.add(r.getString(4));
                    }
                });
        Map<String, String[]> references = new HashMap<>();
        query(c, "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE"
                + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = SCHEMA()", List.of(),
                r -> references.put(r.getString(1), new String[] {r.getString(2), r.getString(3), r.getString(4)}));
        repairRenamedColumns(c, b, list, columns);
        for (String[] con : list) {
            TableSnapshotBuilder t = b.get(name(con[0]));
            if (t == null) {
                continue;
            }
            List<String> cols = columns.getOrDefault(con[1], List.of());
            switch (con[2]) {
                case "PRIMARY KEY":
                    t.primaryKey(new PrimaryKeySnapshot(Optional.of(name(con[1])), cols));
                    break;
                case "UNIQUE":
                    t.unique(new UniqueSnapshot(name(con[1]), cols));
                    break;
                case "FOREIGN KEY":
                    String[] ref = references.get(con[1]);
                    t.foreignKey(new ForeignKeySnapshot(name(con[1]),
                            cols, tableOf.get(ref[0]), columns.getOrDefault(ref[0], List.of()),
                            ReferentialActions.normalise(ref[1]), ReferentialActions.normalise(ref[2])));
                    break;
                case "CHECK":
                    String expression = SqlText.expression(checkClause.getOrDefault(con[1], ""));
                    t.check(new CheckSnapshot(name(con[1]), expression));
                    break;
                default:
                    break;
            }
        }
    }

    /**
     * H2 2.x (measured on 2.5.252) keeps the old name in KEY_COLUMN_USAGE after ALTER COLUMN RENAME, while the
     * constraint itself (SCRIPT, enforcement) and its backing index follow the rename. A constraint column that
     * is no longer a column of its table is read from the same position of the constraint's index instead.
     */
    private static void repairRenamedColumns(Connection c, Map<String, TableSnapshotBuilder> b, List<String[]> list,
                                             Map<String, List<String>> columns) throws SQLException {
        Map<String, List<String>> indexColumns = new HashMap<>();
        query(c, "SELECT INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_SCHEMA = SCHEMA()"
                + " ORDER BY INDEX_NAME, ORDINAL_POSITION", List.of(),
                r -> indexColumns.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(name(r.getString(2))));
        for (String[] con : list) {
            TableSnapshotBuilder t = b.get(name(con[0]));
            List<String> stale = columns.get(con[1]);
            List<String> fromIndex = con[3] == null ? List.of() : indexColumns.getOrDefault(con[3], List.of());
            if (t == null || stale == null || fromIndex.size() < stale.size()
                    || stale.stream().allMatch(col -> t.findColumn(col).isPresent())) {
                continue;
            }
            List<String> repaired = new ArrayList<>();
            for (int i = 0; i < stale.size(); i++) {
                repaired.add(t.findColumn(stale.get(i)).isPresent() ? stale.get(i) : fromIndex.get(i));
            }
            columns.put(con[1], repaired);
        }
    }

    private void indexes(Connection c, Map<String, TableSnapshotBuilder> b, Set<String> constraintIndexes)
            throws SQLException {
        Map<String, String[]> index = new TreeMap<>();
        Map<String, List<String>> columns = new HashMap<>();
        query(c, "SELECT I.TABLE_NAME, I.INDEX_NAME, I.INDEX_TYPE_NAME, IC.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS IC"
                + " ON IC.INDEX_SCHEMA = I.INDEX_SCHEMA AND IC.INDEX_NAME = I.INDEX_NAME"
                + " WHERE I.INDEX_SCHEMA = SCHEMA() ORDER BY I.INDEX_NAME, IC.ORDINAL_POSITION", List.of(), r -> {
                    if (!constraintIndexes.contains(r.getString(2)) && !r.getString(3).equals("PRIMARY KEY")) {
                        index.put(r.getString(2), new String[] {r.getString(1), r.getString(3)});
                        columns.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(name(r.getString(4)));
                    }
                });
        index.forEach((n, i) -> {
            TableSnapshotBuilder t = b.get(name(i[0]));
            if (t != null) {
                t.index(new IndexSnapshot(name(n), columns.get(n), i[1].equals("UNIQUE INDEX")));
            }
        });
    }

    SortedMap<String, ViewSnapshot> views(Connection c) throws SQLException {
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        // H2 prints tables schema-qualified ("PUBLIC"."POOLS"); the schema is not part of the definition
        query(c, "SELECT TABLE_NAME, VIEW_DEFINITION, TABLE_SCHEMA FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE TABLE_SCHEMA = SCHEMA()", List.of(), r -> views.put(name(r.getString(1)), new ViewSnapshot(
                        name(r.getString(1)), SqlText.expression(r.getString(2).replace("\"" + r.getString(3) + "\".", "")))));
        return views;
    }
}
