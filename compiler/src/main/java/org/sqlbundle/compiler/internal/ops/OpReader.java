package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.compiler.internal.source.DidYouMean;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.errors.SourcePos;

/** Turns the YAML of one op ({@code - drop_column: {table: t, name: c}}) into its record. See docs/revision-format.md. */
public final class OpReader {

    /** Every op name, sorted; unmodifiable, since renderers and the support table check themselves against it. */
    public static final Set<String> OP_NAMES = Collections.unmodifiableSortedSet(new TreeSet<>(List.of("create_table", "drop_table", "rename_table",
            "add_column", "drop_column", "alter_column", "create_index", "drop_index", "add_foreign_key", "add_unique",
            "add_check", "drop_constraint", "create_primary_key", "create_enum", "drop_enum", "add_enum_value", "drop_enum_value", "create_view", "drop_view", "insert", "delete",
            "sql", "alter_table_options")));

    private static final Set<String> COLUMN_KEYS = Set.of("name", "type", "nullable", "default", "primary_key",
            "autoincrement", "sequence", "unique", "comment");
    private static final Set<String> FK_KEYS = Set.of("name", "columns", "references", "on_delete", "on_update",
            "dialect_names", "server_named");
    /** Beside a constraint's or index's {@code name}: its name on each dialect where it differs. */
    private static final String DN = "dialect_names";

    private OpReader() {
    }

    public static List<Op> readList(List<Node> nodes) {
        List<Op> ops = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            ops.add(read(n));
        }
        return List.copyOf(ops);
    }

    public static Op read(Node node) {
        if (!(node instanceof Node.MapNode map) || map.entries().size() != 1) {
            throw Fields.error(node.pos(), "E020", "an op must be a map with exactly one key, the op name",
                    "write e.g. '- drop_column: {table: t, name: c}'");
        }
        Node.Entry entry = map.entries().values().iterator().next();
        String name = entry.key();
        SourcePos pos = entry.keyPos();
        Node body = entry.value();
        return switch (name) {
            case "create_table" -> createTable(pos, body);
            case "drop_table" -> new DropTable(pos, Fields.of(body, name, Set.of("name")).string("name"));
            case "rename_table" -> {
                Fields f = Fields.of(body, name, Set.of("name", "to"));
                yield new RenameTable(pos, f.string("name"), f.string("to"));
            }
            case "add_column" -> {
                Fields f = Fields.of(body, name, Set.of("table", "column"));
                String table = f.string("table");
                ColumnSpec spec = column(f.required("column"), table);
                if (spec.primaryKey || spec.unique) {
                    throw Fields.error(f.pos("column"), "E021", "add_column: primary_key and unique are for "
                            + "create_table", "add the column, then add_unique");
                }
                yield new AddColumn(pos, table, spec.column);
            }
            case "drop_column" -> {
                Fields f = Fields.of(body, name, Set.of("table", "name"));
                yield new DropColumn(pos, f.string("table"), f.string("name"));
            }
            case "alter_column" -> alterColumn(pos, body);
            case "create_index" -> {
                Fields f = Fields.of(body, name, Set.of("name", "table", "columns", "unique", DN));
                yield new CreateIndex(pos, new Index(f.string("name"), f.string("table"),
                        f.requiredStringList("columns"), f.bool("unique", false), perDialect(f, DN)));
            }
            case "drop_index" -> new DropIndex(pos, Fields.of(body, name, Set.of("name")).string("name"));
            case "add_foreign_key" -> {
                Fields f = Fields.of(body, name, Set.of("table", "name", "columns", "references", "on_delete",
                        "on_update", DN, "server_named"));
                yield new AddForeignKey(pos, f.string("table"), foreignKey(f));
            }
            case "add_unique" -> {
                Fields f = Fields.of(body, name, Set.of("table", "name", "columns", DN));
                yield new AddUnique(pos, f.string("table"),
                        new UniqueConstraint(f.string("name"), f.requiredStringList("columns"), perDialect(f, DN)));
            }
            case "add_check" -> {
                Fields f = Fields.of(body, name, Set.of("table", "name", "expression", DN));
                yield new AddCheck(pos, f.string("table"), new CheckConstraint(f.string("name"),
                        CheckExpressions.require(f.string("expression"), f.pos("expression"), name), perDialect(f, DN)));
            }
            case "create_primary_key" -> {
                Fields f = Fields.of(body, name, Set.of("table", "name", "columns", DN));
                yield new CreatePrimaryKey(pos, f.string("table"),
                        new PrimaryKey(f.string("name"), f.requiredStringList("columns"), perDialect(f, DN)));
            }
            case "drop_constraint" -> {
                Fields f = Fields.of(body, name, Set.of("table", "name"));
                yield new DropConstraint(pos, f.string("table"), f.string("name"));
            }
            case "create_enum" -> {
                Fields f = Fields.of(body, name, Set.of("name", "values"));
                yield new CreateEnum(pos, new EnumType(f.string("name"), f.requiredStringList("values")));
            }
            case "drop_enum" -> new DropEnum(pos, Fields.of(body, name, Set.of("name")).string("name"));
            case "add_enum_value" -> {
                Fields f = Fields.of(body, name, Set.of("name", "value", "before", "after"));
                yield new AddEnumValue(pos, f.string("name"), f.string("value"), f.optString("before"),
                        f.optString("after"));
            }
            case "drop_enum_value" -> {
                Fields f = Fields.of(body, name, Set.of("name", "value"));
                yield new DropEnumValue(pos, f.string("name"), f.string("value"));
            }
            case "alter_table_options" -> {
                Fields f = Fields.of(body, name, Set.of("table", "engine", "charset", "collation"));
                yield new AlterTableOptions(pos, f.string("table"), TableOptionRules.read(f, name + " " + f.string("table")));
            }
            case "create_view" -> {
                Fields f = Fields.of(body, name, Set.of("name", "sql", "dialects"));
                yield new CreateView(pos, new View(f.string("name"), f.string("sql"), variants(f)));
            }
            case "drop_view" -> new DropView(pos, Fields.of(body, name, Set.of("name")).string("name"));
            case "insert" -> {
                Fields f = Fields.of(body, name, Set.of("table", "rows"));
                yield new Insert(pos, f.string("table"), rows(f, "rows"));
            }
            case "delete" -> {
                Fields f = Fields.of(body, name, Set.of("table", "where", "destructive"));
                yield new Delete(pos, f.string("table"), rows(f, "where"), destructive(f));
            }
            case "sql" -> {
                Fields f = Fields.of(body, name, Set.of("sql", "dialects", "parse", "destructive"));
                yield new Sql(pos, f.string("sql"), variants(f), f.bool("parse", true), destructive(f));
            }
            default -> throw Fields.error(pos, "E022", "unknown op '" + name + "'", DidYouMean.hint(name, OP_NAMES));
        };
    }

    private static Op createTable(SourcePos pos, Node body) {
        Fields f = Fields.of(body, "create_table", Set.of("name", "columns", "primary_key", "foreign_keys", "unique",
                "checks", "comment", "table_options"));
        String table = f.string("name");
        List<Column> columns = new ArrayList<>();
        List<String> pkColumns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Node c : f.list("columns")) {
            ColumnSpec spec = column(c, table);
            columns.add(spec.column);
            if (spec.primaryKey) {
                pkColumns.add(spec.column.name());
            }
            if (spec.unique) {
                uniques.add(new UniqueConstraint("uq_" + table + "_" + spec.column.name(), List.of(spec.column.name())));
            }
        }
        Optional<PrimaryKey> pk = Optional.empty();
        if (f.has("primary_key")) {
            if (!pkColumns.isEmpty()) {
                throw Fields.error(f.pos("primary_key"), "E023", "create_table " + table
                        + ": primary key given both on columns and as primary_key", "keep one of the two");
            }
            Fields p = Fields.of(f.required("primary_key"), "primary_key", Set.of("name", "columns", DN));
            pk = Optional.of(new PrimaryKey(p.optString("name").orElse(""), p.requiredStringList("columns"),
                    perDialect(p, DN)));
        } else if (!pkColumns.isEmpty()) {
            pk = Optional.of(new PrimaryKey("", pkColumns));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (Node n : f.list("foreign_keys")) {
            fks.add(foreignKey(Fields.of(n, "foreign key", FK_KEYS)));
        }
        for (Node n : f.list("unique")) {
            Fields u = Fields.of(n, "unique constraint", Set.of("name", "columns", DN));
            uniques.add(new UniqueConstraint(u.string("name"), u.requiredStringList("columns"), perDialect(u, DN)));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (Node n : f.list("checks")) {
            Fields ck = Fields.of(n, "check constraint", Set.of("name", "expression", DN));
            checks.add(new CheckConstraint(ck.string("name"), CheckExpressions.require(ck.string("expression"),
                    ck.pos("expression"), "create_table " + table + " check " + ck.string("name")), perDialect(ck, DN)));
        }
        // primary-key columns are NOT NULL whatever the author wrote, as in every database
        List<String> keyCols = pk.map(PrimaryKey::columns).orElse(List.of());
        List<Column> finalColumns = columns.stream()
                .map(c -> keyCols.contains(c.name()) ? c.withNullable(false) : c).toList();
        return new CreateTable(pos, new Table(table, finalColumns, pk, fks, uniques, checks, List.of(),
                f.optString("comment"), TableOptionRules.readNested(f, table)));
    }

    private record ColumnSpec(Column column, boolean primaryKey, boolean unique) {
    }

    private static ColumnSpec column(Node node, String table) {
        Fields c = Fields.of(node, "column", COLUMN_KEYS);
        String name = c.string("name");
        PortableType type = type(c, "type");
        boolean pk = c.bool("primary_key", false);
        boolean nullable = c.bool("nullable", !pk);
        if (pk && nullable) {
            throw Fields.error(c.pos("nullable"), "E024", "column " + table + "." + name
                    + ": a primary-key column can't be nullable", null);
        }
        Optional<Literal> def = c.optional("default").map(OpReader::literal)
                .filter(l -> !l.isNull());
        boolean autoincrement = c.bool("autoincrement", false);
        Optional<String> sequence = c.optString("sequence");
        if (sequence.isPresent() && !autoincrement) {
            throw Fields.error(c.pos("sequence"), "E167", "column " + table + "." + name + ": 'sequence' names the "
                    + "PostgreSQL sequence of an autoincrement column, but the column is not autoincrement",
                    "add 'autoincrement: true', or remove 'sequence'");
        }
        if (sequence.isPresent() && sequence.get().isBlank()) {
            throw Fields.error(c.pos("sequence"), "E167", "column " + table + "." + name + ": empty sequence name",
                    "name it as PostgreSQL's SERIAL does: <table>_<column>_seq");
        }
        return new ColumnSpec(new Column(name, type, nullable, def, autoincrement, c.optString("comment"), sequence),
                pk, c.bool("unique", false));
    }

    private static PortableType type(Fields f, String key) {
        String text = f.string(key);
        try {
            return PortableType.parse(text);
        } catch (IllegalArgumentException e) {
            throw Fields.error(f.pos(key), "E025", e.getMessage(), PortableType.SYNTAX_HINT);
        }
    }

    private static Op alterColumn(SourcePos pos, Node body) {
        Fields f = Fields.of(body, "alter_column", Set.of("table", "name", "type", "nullable", "default", "rename_to",
                "destructive"));
        Optional<PortableType> type = f.has("type") ? Optional.of(type(f, "type")) : Optional.empty();
        Optional<Boolean> nullable = f.has("nullable") ? Optional.of(f.bool("nullable", true)) : Optional.empty();
        Optional<Literal> def = f.optional("default").map(OpReader::literal);
        Optional<String> destructive = destructive(f);
        return new AlterColumn(pos, f.string("table"), f.string("name"), type, nullable, def, f.optString("rename_to"),
                destructive.isPresent(), destructive.filter(r -> !r.isEmpty()));
    }

    /**
     * {@code destructive: "why"} (or {@code true}): the author declares the op loses data on purpose. Empty when not
     * declared; an empty string for {@code true}; {@code false} is the same as leaving it out.
     */
    private static Optional<String> destructive(Fields f) {
        Optional<Node> node = f.optional("destructive");
        if (node.isEmpty() || node.get() instanceof Node.ScalarNode s && s.isNull()) {
            return Optional.empty();
        }
        if (node.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text()) ? Optional.of("") : Optional.empty();
        }
        String why = Fields.text(node.get(), "destructive").strip();
        if (why.isEmpty()) {
            throw Fields.error(node.get().pos(), "E004", "destructive needs a reason or true",
                    "write e.g. destructive: \"removes orphan rows before the foreign key\"");
        }
        return Optional.of(why);
    }

    private static ForeignKey foreignKey(Fields f) {
        Fields ref = Fields.of(f.required("references"), "references", Set.of("table", "columns"));
        return new ForeignKey(f.string("name"), f.requiredStringList("columns"), ref.string("table"),
                ref.requiredStringList("columns"), action(f, "on_delete"), action(f, "on_update"), perDialect(f, DN),
                serverNamed(f), Optional.empty());
    }

    /** {@code server_named: [mysql, mariadb]}: the dialects that name the key themselves (only InnoDB's have a rule). */
    private static Set<Dialect> serverNamed(Fields f) {
        Set<Dialect> out = java.util.EnumSet.noneOf(Dialect.class);
        Optional<Node> node = f.optional("server_named");
        if (node.isEmpty()) {
            return out;
        }
        for (Node n : f.list("server_named")) {
            String text = Fields.text(n, "server_named");
            Dialect d;
            try {
                d = Dialect.parse(text);
            } catch (IllegalArgumentException ex) {
                throw Fields.error(n.pos(), "E028", ex.getMessage(),
                        DidYouMean.hint(text, List.of("mysql", "mariadb")));
            }
            if (!d.mysqlFamily()) {
                throw Fields.error(n.pos(), "E177", "server_named: " + text + " has no rule sqlbundle can predict for "
                        + "the name it gives an unnamed foreign key", "only mysql and mariadb may name a foreign key "
                        + "themselves; give " + text + "'s name in dialect_names instead");
            }
            out.add(d);
        }
        return out;
    }

    private static ForeignKey.Action action(Fields f, String key) {
        Optional<String> text = f.optString(key);
        if (text.isEmpty()) {
            return ForeignKey.Action.NO_ACTION;
        }
        try {
            return ForeignKey.Action.parse(text.get());
        } catch (IllegalArgumentException e) {
            throw Fields.error(f.pos(key), "E026", e.getMessage());
        }
    }

    /** A YAML scalar as a SQL literal; {@code {expr: current_timestamp}} for the one expression allowed. */
    public static Literal literal(Node node) {
        if (node instanceof Node.ScalarNode s) {
            return switch (s.type()) {
                case NULL -> Literal.NULL;
                case BOOLEAN -> Literal.bool(Boolean.parseBoolean(s.text()));
                case INTEGER, DECIMAL -> Literal.number(s.text());
                case STRING -> Literal.string(s.text());
            };
        }
        Fields f = Fields.of(node, "default expression", Set.of("expr"));
        String expr = f.string("expr");
        if (!expr.equalsIgnoreCase("current_timestamp")) {
            throw Fields.error(f.pos("expr"), "E027", "unsupported default expression '" + expr + "'",
                    "the portable expression is current_timestamp; use a literal otherwise");
        }
        return Literal.CURRENT_TIMESTAMP;
    }

    private static List<Map<String, Literal>> rows(Fields f, String key) {
        List<Map<String, Literal>> rows = new ArrayList<>();
        for (Node n : f.list(key)) {
            if (!(n instanceof Node.MapNode m)) {
                throw Fields.error(n.pos(), "E004", key + " items must be maps of column: value");
            }
            Map<String, Literal> row = new LinkedHashMap<>();
            m.entries().values().forEach(e -> row.put(e.key(), literal(e.value())));
            rows.add(row);
        }
        return rows;
    }

    private static Map<Dialect, String> variants(Fields f) {
        return perDialect(f, "dialects");
    }

    /** {@code dialects: {mysql: ...}} (sql variants) or {@code dialect_names: {mysql: t_ibfk_1}}: text per dialect. */
    private static Map<Dialect, String> perDialect(Fields f, String key) {
        Map<Dialect, String> out = new EnumMap<>(Dialect.class);
        Optional<Node> node = f.optional(key);
        if (node.isEmpty()) {
            return out;
        }
        if (!(node.get() instanceof Node.MapNode m)) {
            throw Fields.error(node.get().pos(), "E004", key + " must be a map of dialect: "
                    + (key.equals(DN) ? "name" : "sql"));
        }
        for (Node.Entry e : m.entries().values()) {
            try {
                out.put(Dialect.parse(e.key()), Fields.text(e.value(), key + "." + e.key()));
                if (key.equals(DN) && out.get(Dialect.parse(e.key())).isBlank()) {
                    throw Fields.error(e.value().pos(), "E133", DN + "." + e.key() + " is empty",
                            "give the name the constraint has on " + e.key() + ", or leave the dialect out");
                }
            } catch (IllegalArgumentException ex) {
                throw Fields.error(e.keyPos(), "E028", ex.getMessage(),
                        DidYouMean.hint(e.key(), List.of("postgresql", "mysql", "mariadb", "sqlite", "h2")));
            }
        }
        return out;
    }
}
