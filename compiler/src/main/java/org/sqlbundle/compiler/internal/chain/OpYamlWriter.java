package org.sqlbundle.compiler.internal.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.Delete;
import org.sqlbundle.compiler.internal.ops.DropColumn;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnum;
import org.sqlbundle.compiler.internal.ops.DropIndex;
import org.sqlbundle.compiler.internal.ops.DropTable;
import org.sqlbundle.compiler.internal.ops.DropView;
import org.sqlbundle.compiler.internal.ops.Insert;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.source.YamlScalars;

/**
 * Schema ops as the YAML a person writes (docs/revision-format.md): one op per list item, short ops on one line,
 * create_table laid out a column per line, view SQL as a literal block. What it writes reads back through
 * OpReader as the same ops: every op of the vocabulary, data ops and raw SQL included (importers write them).
 */
final class OpYamlWriter {

    private OpYamlWriter() {
    }

    /** The {@code upgrade:} key and its list, each line ending in a newline. */
    static String upgrade(List<Op> ops) {
        StringBuilder out = new StringBuilder("upgrade:\n");
        for (Op op : ops) {
            out.append(op(op));
        }
        return out.toString();
    }

    static String op(Op op) {
        if (op instanceof CreateTable c) {
            return createTable(c.table());
        }
        if (op instanceof CreateView v) {
            return "  - create_view:\n      name: " + s(v.view().name()) + "\n      sql: " + block(v.view().sql(), 8)
                    + dialects(v.view().variants());
        }
        if (op instanceof Sql q) {
            StringBuilder out = new StringBuilder("  - sql:\n      sql: ").append(block(q.sql(), 8))
                    .append(dialects(q.variants()));
            if (!q.parse()) {
                out.append("      parse: false\n");
            }
            q.declaredDestructive().ifPresent(d -> out.append("      destructive: ").append(destructive(d)).append('\n'));
            return out.toString();
        }
        if (op instanceof Insert i) {
            return "  - insert:\n      table: " + s(i.table()) + "\n      rows:\n" + rows(i.rows());
        }
        if (op instanceof Delete d) {
            return "  - delete:\n      table: " + s(d.table()) + "\n      where:\n" + rows(d.keys())
                    + d.declaredDestructive().map(w -> "      destructive: " + destructive(w) + "\n").orElse("");
        }
        return "  - " + op.opName() + ": " + flow(op) + "\n";
    }

    private static String flow(Op op) {
        if (op instanceof DropTable d) {
            return map("name", s(d.name()));
        }
        if (op instanceof RenameTable r) {
            return map("name", s(r.name()), "to", s(r.to()));
        }
        if (op instanceof AddColumn a) {
            return map("table", s(a.table()), "column", column(a.column()));
        }
        if (op instanceof DropColumn d) {
            return map("table", s(d.table()), "name", s(d.name()));
        }
        if (op instanceof AlterColumn a) {
            List<String> kv = new ArrayList<>(List.of("table", s(a.table()), "name", s(a.name())));
            a.type().ifPresent(t -> kv.addAll(List.of("type", s(t.toString()))));
            a.nullable().ifPresent(n -> kv.addAll(List.of("nullable", n.toString())));
            a.defaultValue().ifPresent(d -> kv.addAll(List.of("default", literal(d))));
            a.renameTo().ifPresent(r -> kv.addAll(List.of("rename_to", s(r))));
            if (a.declaredDestructive()) {
                kv.addAll(List.of("destructive", "true"));
            }
            return map(kv.toArray(String[]::new));
        }
        if (op instanceof CreateIndex c) {
            return c.index().unique()
                    ? map("name", s(c.index().name()), "table", s(c.index().table()), "columns", list(c.index().columns()),
                    "unique", "true")
                    : map("name", s(c.index().name()), "table", s(c.index().table()), "columns", list(c.index().columns()));
        }
        if (op instanceof DropIndex d) {
            return map("name", s(d.name()));
        }
        if (op instanceof AddForeignKey a) {
            return withTable(s(a.table()), foreignKeyBody(a.foreignKey()));
        }
        if (op instanceof AddUnique a) {
            return map("table", s(a.table()), "name", s(a.unique().name()), "columns", list(a.unique().columns()));
        }
        if (op instanceof AddCheck a) {
            return map("table", s(a.table()), "name", s(a.check().name()), "expression",
                    YamlScalars.quoted(a.check().expression()));
        }
        if (op instanceof DropConstraint d) {
            return map("table", s(d.table()), "name", s(d.name()));
        }
        if (op instanceof CreateEnum c) {
            return map("name", s(c.enumType().name()), "values", list(c.enumType().labels()));
        }
        if (op instanceof DropEnum d) {
            return map("name", s(d.name()));
        }
        if (op instanceof DropView d) {
            return map("name", s(d.name()));
        }
        if (op instanceof org.sqlbundle.compiler.internal.ops.AddEnumValue a) {
            return a.before().map(b -> map("name", s(a.name()), "value", s(a.value()), "before", s(b)))
                    .or(() -> a.after().map(x -> map("name", s(a.name()), "value", s(a.value()), "after", s(x))))
                    .orElseGet(() -> map("name", s(a.name()), "value", s(a.value())));
        }
        if (op instanceof org.sqlbundle.compiler.internal.ops.DropEnumValue d) {
            return map("name", s(d.name()), "value", s(d.value()));
        }
        if (op instanceof org.sqlbundle.compiler.internal.ops.AlterTableOptions a) {
            return map(options("table", s(a.table()), a.change()));
        }
        throw new IllegalArgumentException(op.opName() + " has no YAML writer; add it beside OpReader's");
    }

    private static String createTable(Table t) {
        StringBuilder out = new StringBuilder("  - create_table:\n      name: ").append(s(t.name())).append('\n');
        t.comment().ifPresent(c -> out.append("      comment: ").append(YamlScalars.quoted(c)).append('\n'));
        if (!t.options().isEmpty()) {
            out.append("      table_options: ").append(map(options(null, null, t.options()))).append('\n');
        }
        out.append("      columns:\n");
        t.columns().forEach(c -> out.append("        - ").append(column(c)).append('\n'));
        t.primaryKey().ifPresent(pk -> out.append("      primary_key: ").append(pk.name().isEmpty()
                ? map("columns", list(pk.columns())) : map("name", s(pk.name()), "columns", list(pk.columns())))
                .append('\n'));
        if (!t.foreignKeys().isEmpty()) {
            out.append("      foreign_keys:\n");
            t.foreignKeys().forEach(f -> out.append("        - ").append(map(foreignKeyBody(f))).append('\n'));
        }
        if (!t.uniques().isEmpty()) {
            out.append("      unique:\n");
            t.uniques().forEach(u -> out.append("        - ").append(map("name", s(u.name()), "columns",
                    list(u.columns()))).append('\n'));
        }
        if (!t.checks().isEmpty()) {
            out.append("      checks:\n");
            t.checks().forEach(c -> out.append("        - ").append(map("name", s(c.name()), "expression",
                    YamlScalars.quoted(c.expression()))).append('\n'));
        }
        return out.toString();
    }

    private static String column(Column c) {
        List<String> kv = new ArrayList<>(List.of("name", s(c.name()), "type", s(c.type().toString())));
        if (!c.nullable()) {
            kv.addAll(List.of("nullable", "false"));
        }
        c.defaultValue().ifPresent(d -> kv.addAll(List.of("default", literal(d))));
        if (c.autoincrement()) {
            kv.addAll(List.of("autoincrement", "true"));
        }
        c.sequence().ifPresent(q -> kv.addAll(List.of("sequence", s(q))));
        c.comment().ifPresent(m -> kv.addAll(List.of("comment", YamlScalars.quoted(m))));
        return map(kv.toArray(String[]::new));
    }

    /** The keys of a foreign key as one flat key-value list (no action is the default and left out). */
    private static String[] foreignKeyBody(ForeignKey f) {
        List<String> kv = new ArrayList<>(List.of("name", s(f.name()), "columns", list(f.columns()), "references",
                map("table", s(f.refTable()), "columns", list(f.refColumns()))));
        if (f.onDelete() != ForeignKey.Action.NO_ACTION) {
            kv.addAll(List.of("on_delete", s(f.onDelete().sql)));
        }
        if (f.onUpdate() != ForeignKey.Action.NO_ACTION) {
            kv.addAll(List.of("on_update", s(f.onUpdate().sql)));
        }
        return kv.toArray(String[]::new);
    }

    /** {@code key: value} (when given) then the stated options, as flow-map keys and values. */
    private static String[] options(String key, String value, org.sqlbundle.compiler.internal.model.TableOptions o) {
        List<String> kv = new ArrayList<>();
        if (key != null) {
            kv.addAll(List.of(key, value));
        }
        o.engine().ifPresent(e -> kv.addAll(List.of("engine", s(e))));
        o.charset().ifPresent(c -> kv.addAll(List.of("charset", s(c))));
        o.collation().ifPresent(c -> kv.addAll(List.of("collation", s(c))));
        return kv.toArray(String[]::new);
    }

    private static String withTable(String table, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = "table";
        all[1] = table;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return map(all);
    }

    /** {@code {k1: v1, k2: v2}} from alternating keys and ready YAML values. */
    private static String map(String... keysAndValues) {
        StringBuilder out = new StringBuilder("{ ");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.append(i == 0 ? "" : ", ").append(keysAndValues[i]).append(": ").append(keysAndValues[i + 1]);
        }
        return out.append(" }").toString();
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(OpYamlWriter::s).toList()) + "]";
    }

    private static String literal(Literal l) {
        return switch (l.kind()) {
            case STRING -> YamlScalars.quoted(l.text());
            case NUMBER -> YamlScalars.number(l.text());
            case BOOLEAN -> l.text();
            case NULL -> "null";
            case CURRENT_TIMESTAMP -> "{ expr: current_timestamp }";
        };
    }

    /** A literal block ({@code |-}) indented by {@code indent}; double-quoted when a block can't hold the text. */
    private static String block(String text, int indent) {
        String t = text.strip();
        // stripped, the first line starts with text, so no indentation indicator is needed
        // YAML reads NEL, LS and PS as line breaks too: such text goes double-quoted with escapes
        boolean blockSafe = !t.isEmpty() && t.chars().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f
                && !(c >= 0x80 && c <= 0x9f) && c != 0x2028 && c != 0x2029 && c != 0xfeff);
        if (!blockSafe) {
            return YamlScalars.quoted(t) + "\n";
        }
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder("|-\n");
        t.lines().forEach(l -> out.append(l.isEmpty() ? "" : pad + l).append('\n'));
        return out.toString();
    }

    /** One row per line, {@code { column: value }}, under a key at indent 6. */
    private static String rows(List<Map<String, Literal>> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> {
            List<String> kv = new ArrayList<>();
            r.forEach((k, v) -> kv.addAll(List.of(s(k), literal(v))));
            out.append("        - ").append(kv.isEmpty() ? "{}" : map(kv.toArray(String[]::new))).append('\n');
        });
        return out.toString();
    }

    /** {@code dialects:} and one block per dialect's own SQL, in the dialects' order; nothing when there are none. */
    private static String dialects(Map<Dialect, String> variants) {
        if (variants.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("      dialects:\n");
        new TreeMap<>(variants).forEach((d, sql) -> out.append("        ").append(s(d.cliName)).append(": ")
                .append(block(sql, 10)));
        return out.toString();
    }

    /** {@code true} for an empty reason (the author wrote {@code destructive: true}), else the reason. */
    private static String destructive(String why) {
        return why.isEmpty() ? "true" : YamlScalars.quoted(why);
    }

    private static String s(String value) {
        return YamlScalars.plainOrQuoted(value);
    }
}
