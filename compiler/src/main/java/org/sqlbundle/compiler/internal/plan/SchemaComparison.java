package org.sqlbundle.compiler.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;

/**
 * Object-by-object differences between the model before a revision's upgrade and after its downgrade, worded for
 * the author: {@code index ix_a on t: present before the upgrade, missing after the downgrade}. Only the objects the
 * revision touched are compared ({@link Schema#changedSince}). A column's position in its table is not compared:
 * the verifier doesn't either, and a re-added column is appended; column order inside keys and indexes is.
 */
final class SchemaComparison {

    /** One difference: the kind and name of the top-level object (for locating the op) and the text. */
    record Difference(char kind, String owner, String object, String what) {
    }

    private static final String BEFORE = " before the upgrade, ";
    private static final String AFTER = " after the downgrade";
    private static final String PRESENT_MISSING = "present before the upgrade, missing after the downgrade";
    private static final String ABSENT_PRESENT = "absent before the upgrade, present after the downgrade";

    private final List<Difference> out = new ArrayList<>();

    private SchemaComparison() {
    }

    static List<Difference> between(Schema before, Schema after, Schema.Changes changed) {
        SchemaComparison c = new SchemaComparison();
        for (String name : changed.tables()) {
            c.table(name, before.table(name), after.table(name));
        }
        for (String name : changed.enums()) {
            c.enumType(name, before.enumType(name), after.enumType(name));
        }
        for (String name : changed.views()) {
            c.view(name, before.view(name), after.view(name));
        }
        return c.out;
    }

    private void add(char kind, String owner, String object, String what) {
        out.add(new Difference(kind, owner, object, what));
    }

    private void table(String name, Optional<Table> before, Optional<Table> after) {
        if (before.isEmpty() || after.isEmpty()) {
            if (before.isPresent() || after.isPresent()) {
                add('t', name, "table " + name, before.isPresent() ? PRESENT_MISSING : ABSENT_PRESENT);
            }
            return;
        }
        Table b = before.get();
        Table a = after.get();
        if (b.equals(a)) {
            return;
        }
        named(name, "column " + name + ".", "", b.columns(), a.columns(), Column::name,
                (obj, x, y) -> column(name, obj, x, y));
        primaryKey(name, b.primaryKey(), a.primaryKey());
        named(name, "index ", " on " + name, b.indexes(), a.indexes(), Index::name, (obj, x, y) -> {
            differs(name, obj, "columns", columns(x.columns()), columns(y.columns()));
            differs(name, obj, "unique", x.unique() ? "unique" : "not unique", y.unique() ? "unique" : "not unique");
            differs(name, obj, DN, dialectNames(x.dialectNames()), dialectNames(y.dialectNames()));
        });
        named(name, "unique constraint ", " on " + name, b.uniques(), a.uniques(), UniqueConstraint::name,
                (obj, x, y) -> {
                    differs(name, obj, "columns", columns(x.columns()), columns(y.columns()));
                    differs(name, obj, DN, dialectNames(x.dialectNames()), dialectNames(y.dialectNames()));
                });
        named(name, "foreign key ", " on " + name, b.foreignKeys(), a.foreignKeys(), ForeignKey::name, (obj, x, y) -> {
            differs(name, obj, "columns", columns(x.columns()), columns(y.columns()));
            differs(name, obj, "references", x.refTable() + columns(x.refColumns()),
                    y.refTable() + columns(y.refColumns()));
            differs(name, obj, "on delete", x.onDelete().sql, y.onDelete().sql);
            differs(name, obj, "on update", x.onUpdate().sql, y.onUpdate().sql);
            differs(name, obj, DN, dialectNames(x.dialectNames()), dialectNames(y.dialectNames()));
            differs(name, obj, "server_named", x.serverNamed().toString(), y.serverNamed().toString());
            differs(name, obj, "InnoDB's index", x.serverIndex().orElse("none"), y.serverIndex().orElse("none"));
        });
        named(name, "check constraint ", " on " + name, b.checks(), a.checks(), CheckConstraint::name,
                (obj, x, y) -> {
                    differs(name, obj, "expression", "'" + x.expression() + "'", "'" + y.expression() + "'");
                    differs(name, obj, DN, dialectNames(x.dialectNames()), dialectNames(y.dialectNames()));
                });
        differs(name, "table " + name, "comment", quoted(b.comment()), quoted(a.comment()));
    }

    private void column(String table, String obj, Column x, Column y) {
        differs(table, obj, "type", x.type().toString(), y.type().toString());
        differs(table, obj, "nullability", x.nullable() ? "nullable" : "NOT NULL", y.nullable() ? "nullable" : "NOT NULL");
        differs(table, obj, "default", x.defaultValue().map(Object::toString).orElse("none"),
                y.defaultValue().map(Object::toString).orElse("none"));
        differs(table, obj, "autoincrement", Boolean.toString(x.autoincrement()), Boolean.toString(y.autoincrement()));
        differs(table, obj, "sequence", x.sequence().orElse("none"), y.sequence().orElse("none"));
        differs(table, obj, "comment", quoted(x.comment()), quoted(y.comment()));
    }

    private void primaryKey(String table, Optional<PrimaryKey> b, Optional<PrimaryKey> a) {
        String obj = "primary key of " + table;
        if (b.isEmpty() || a.isEmpty()) {
            if (b.isPresent() || a.isPresent()) {
                add('t', table, obj + " " + columns(b.or(() -> a).orElseThrow().columns()),
                        b.isPresent() ? PRESENT_MISSING : ABSENT_PRESENT);
            }
            return;
        }
        differs(table, obj, "columns", columns(b.get().columns()), columns(a.get().columns()));
        differs(table, obj, "name", quoted(Optional.of(b.get().name()).filter(n -> !n.isEmpty())),
                quoted(Optional.of(a.get().name()).filter(n -> !n.isEmpty())));
        differs(table, obj, DN, dialectNames(b.get().dialectNames()), dialectNames(a.get().dialectNames()));
    }

    private void enumType(String name, Optional<EnumType> b, Optional<EnumType> a) {
        if (b.isEmpty() || a.isEmpty()) {
            if (b.isPresent() || a.isPresent()) {
                add('e', name, "enum " + name, b.isPresent() ? PRESENT_MISSING : ABSENT_PRESENT);
            }
            return;
        }
        if (!b.get().labels().equals(a.get().labels())) {
            add('e', name, "enum " + name, "values " + b.get().labels() + BEFORE + a.get().labels() + AFTER);
        }
    }

    private void view(String name, Optional<View> b, Optional<View> a) {
        if (b.isEmpty() || a.isEmpty()) {
            if (b.isPresent() || a.isPresent()) {
                add('v', name, "view " + name, b.isPresent() ? PRESENT_MISSING : ABSENT_PRESENT);
            }
            return;
        }
        if (!b.get().sql().equals(a.get().sql())) {
            add('v', name, "view " + name, "query '" + oneLine(b.get().sql()) + "'" + BEFORE + "'"
                    + oneLine(a.get().sql()) + "'" + AFTER);
        } else if (!b.get().variants().equals(a.get().variants())) {
            add('v', name, "view " + name, "dialect variants " + new TreeMap<>(b.get().variants()).keySet() + BEFORE
                    + new TreeMap<>(a.get().variants()).keySet() + " (or their queries)" + AFTER);
        }
    }

    private interface Pair<T> {
        void compare(String object, T before, T after);
    }

    /** Matches two lists of named parts by name: missing, extra, then the parts present on both sides. */
    private <T> void named(String table, String prefix, String suffix, List<T> before, List<T> after,
                           Function<T, String> name, Pair<T> compare) {
        if (before.equals(after)) {
            return;
        }
        Map<String, T> b = new TreeMap<>();
        before.forEach(x -> b.put(name.apply(x), x));
        Map<String, T> a = new TreeMap<>();
        after.forEach(x -> a.put(name.apply(x), x));
        for (Map.Entry<String, T> e : b.entrySet()) {
            String obj = prefix + e.getKey() + suffix;
            T y = a.get(e.getKey());
            if (y == null) {
                add('t', table, obj, PRESENT_MISSING);
            } else if (!e.getValue().equals(y)) {
                compare.compare(obj, e.getValue(), y);
            }
        }
        for (String extra : a.keySet()) {
            if (!b.containsKey(extra)) {
                add('t', table, prefix + extra + suffix, ABSENT_PRESENT);
            }
        }
    }

    private void differs(String table, String object, String aspect, String before, String after) {
        if (!Objects.equals(before, after)) {
            add('t', table, object, aspect + " " + before + BEFORE + after + AFTER);
        }
    }

    private static final String DN = "dialect_names";

    /** {mysql: t_ibfk_1, postgresql: t_a_fkey}, or none. */
    private static String dialectNames(Map<org.sqlbundle.compiler.Dialect, String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        Map<String, String> byName = new TreeMap<>();
        names.forEach((d, n) -> byName.put(d.cliName, n));
        return byName.toString().replace('=', ':');
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String quoted(Optional<String> text) {
        return text.map(t -> "'" + oneLine(t) + "'").orElse("none");
    }

    private static String oneLine(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
