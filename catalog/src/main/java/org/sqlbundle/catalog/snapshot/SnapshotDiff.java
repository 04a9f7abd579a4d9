package org.sqlbundle.catalog.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differences between an expected and an actual snapshot, object by object in name order, so the same two
 * schemas always give the same list. Column order is not compared (see {@link TableSnapshot}).
 */
public final class SnapshotDiff {

    private SnapshotDiff() {
    }

    public static List<Difference> between(Snapshot expected, Snapshot actual) {
        List<Difference> out = new ArrayList<>();
        // tables only by presence here; a table in both is compared part by part below
        compare("table", "", names(expected.tables()), names(actual.tables()), SnapshotDiff::describeTable, out);
        for (String name : new TreeSet<>(expected.tables().keySet())) {
            TableSnapshot a = actual.tables().get(name);
            if (a != null) {
                compareTables(expected.tables().get(name), a, out);
            }
        }
        compare("enum", "", expected.enums(), actual.enums(), e -> String.join(", ", e.labels()), out);
        compare("view", "", expected.views(), actual.views(), ViewSnapshot::definition, out);
        compare("sequence", "", expected.sequences(), actual.sequences(), d -> d, out);
        if (!expected.versionRows().equals(actual.versionRows())) {
            out.add(new Difference("version table rows", rows(expected.versionRows()), rows(actual.versionRows())));
        }
        return List.copyOf(out);
    }

    /** All differences, one after another, for a report or an assertion message. */
    public static String format(List<Difference> differences) {
        return differences.stream().map(Difference::format).collect(Collectors.joining("\n"));
    }

    private static void compareTables(TableSnapshot e, TableSnapshot a, List<Difference> out) {
        String prefix = "table " + e.name() + " / ";
        compare("column", prefix, e.columns(), a.columns(), SnapshotDiff::describeColumn, out);
        if (!e.primaryKey().equals(a.primaryKey())) {
            out.add(new Difference(prefix + "primary key", describeKey(e.primaryKey()), describeKey(a.primaryKey())));
        }
        compare("foreign key", prefix, e.foreignKeys(), a.foreignKeys(), SnapshotDiff::describeForeignKey, out);
        compare("unique", prefix, e.uniques(), a.uniques(), u -> columns(u.columns()), out);
        compare("check", prefix, e.checks(), a.checks(), CheckSnapshot::expression, out);
        compare("index", prefix, e.indexes(), a.indexes(),
                i -> (i.unique() ? "unique " : "") + columns(i.columns()), out);
        compare("option", prefix, e.options(), a.options(), v -> v, out);
    }

    private static <V> void compare(String kind, String prefix, Map<String, V> expected, Map<String, V> actual,
                                    Function<V, String> describe, List<Difference> out) {
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            V e = expected.get(name);
            V a = actual.get(name);
            if (e == null || a == null || !e.equals(a)) {
                out.add(new Difference(prefix + kind + " " + name, e == null ? Difference.ABSENT : describe.apply(e),
                        a == null ? Difference.ABSENT : describe.apply(a)));
            }
        }
    }

    private static Map<String, TableSnapshot> names(Map<String, TableSnapshot> tables) {
        Map<String, TableSnapshot> byName = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tables.forEach((name, table) -> byName.put(name, new TableSnapshot(name, new java.util.TreeMap<>(),
                table.columnOrder(), Optional.empty(), new java.util.TreeMap<>(), new java.util.TreeMap<>(),
                new java.util.TreeMap<>(), new java.util.TreeMap<>())));
        return byName;
    }

    private static String describeTable(TableSnapshot t) {
        return "table with columns " + columns(t.columnOrder());
    }

    private static String describeColumn(ColumnSnapshot c) {
        return c.type() + (c.nullable() ? " null" : " not null") + c.defaultValue().map(d -> " default " + d).orElse("");
    }

    private static String describeKey(Optional<PrimaryKeySnapshot> key) {
        return key.map(k -> k.name().map(n -> n + " ").orElse("") + columns(k.columns())).orElse(Difference.ABSENT);
    }

    private static String describeForeignKey(ForeignKeySnapshot f) {
        return columns(f.columns()) + " references " + f.referencedTable() + columns(f.referencedColumns())
                + " on delete " + f.onDelete() + " on update " + f.onUpdate();
    }

    private static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static String rows(List<VersionRow> rows) {
        return rows.stream().map(r -> r.values().entrySet().stream()
                        .map(v -> v.getKey() + "=" + v.getValue().orElse("NULL")).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
