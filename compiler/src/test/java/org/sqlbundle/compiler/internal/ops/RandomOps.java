package org.sqlbundle.compiler.internal.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.statistics.Statistics;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Proposes random ops that fit a schema. A proposal may still break a model rule the generator doesn't
 * track (say, dropping an indexed column); {@link #next} keeps proposing until {@code apply} accepts one,
 * so every op it returns is valid on the schema it was made for.
 */
final class RandomOps {

    static final List<String> KINDS = List.of("create_table", "add_column", "drop_column", "alter_column",
            "create_index", "drop_index", "add_unique", "add_check", "add_foreign_key", "drop_constraint",
            "rename_table", "create_enum", "drop_enum", "create_view", "drop_view", "drop_table");

    private static final SourcePos POS = new SourcePos("random.yaml", 1, 3);
    /** Types in families, so alter_column can widen and narrow within one. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("smallint", "integer", "bigint"),
            List.of("string(10)", "string(40)", "text"),
            List.of("decimal(8,2)", "decimal(12,2)", "decimal(12,4)"),
            List.of("float", "double"),
            List.of("datetime", "timestamp"),
            List.of("boolean"), List.of("date"), List.of("json"));

    private final Random random;
    private int fresh;

    RandomOps(Random random) {
        this.random = random;
    }

    /** A valid op of a random kind, or empty when 50 proposals in a row did not fit. */
    Optional<Op> next(Schema s) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<Op> op = propose(s, pick(KINDS));
            if (op.isPresent() && fits(op.get(), s)) {
                return op;
            }
        }
        return Optional.empty();
    }

    /** Whether the model accepts the op; a refusal is counted by kind and code, so the report shows what was dropped. */
    private static boolean fits(Op op, Schema s) {
        try {
            op.apply(s);
            return true;
        } catch (SqlbundleException e) {
            Statistics.label("refused").collect(op.opName() + " " + (e.problems().isEmpty() ? "?"
                    : e.problems().get(0).code()));
            return false;
        }
    }

    private Optional<Op> propose(Schema s, String kind) {
        List<Table> tables = List.copyOf(s.tables().values());
        boolean needsTable = !List.of("create_table", "create_enum", "drop_enum", "create_view", "drop_view")
                .contains(kind);
        if (tables.isEmpty() && needsTable) {
            return Optional.of(createTable(s));
        }
        Table t = tables.isEmpty() ? null : pick(tables);
        return switch (kind) {
            case "create_table" -> Optional.of(createTable(s));
            case "drop_table" -> Optional.of(new DropTable(POS, t.name()));
            case "rename_table" -> Optional.of(new RenameTable(POS, t.name(), name("t")));
            case "add_column" -> Optional.of(new AddColumn(POS, t.name(), column(s, name("c"), false)));
            case "drop_column" -> Optional.of(new DropColumn(POS, t.name(), pick(t.columns()).name()));
            case "alter_column" -> Optional.of(alterColumn(s, t));
            case "create_index" -> Optional.of(new CreateIndex(POS, new Index(name("ix"), t.name(), someColumns(t),
                    random.nextBoolean())));
            case "drop_index" -> t.indexes().isEmpty() ? Optional.empty()
                    : Optional.of(new DropIndex(POS, pick(t.indexes()).name()));
            case "add_unique" -> Optional.of(new AddUnique(POS, t.name(), new UniqueConstraint(name("uq"),
                    someColumns(t))));
            case "add_check" -> Optional.of(new AddCheck(POS, t.name(), check(t)));
            case "add_foreign_key" -> foreignKey(s, t).map(fk -> new AddForeignKey(POS, t.name(), fk));
            case "drop_constraint" -> {
                List<String> names = new ArrayList<>();
                t.foreignKeys().forEach(f -> names.add(f.name()));
                t.uniques().forEach(u -> names.add(u.name()));
                t.checks().forEach(c -> names.add(c.name()));
                yield names.isEmpty() ? Optional.empty() : Optional.of(new DropConstraint(POS, t.name(), pick(names)));
            }
            case "create_enum" -> Optional.of(new CreateEnum(POS, new EnumType(name("e"),
                    List.of("a", "b", "c").subList(0, 1 + random.nextInt(3)))));
            case "drop_enum" -> s.enums().isEmpty() ? Optional.empty()
                    : Optional.of(new DropEnum(POS, pick(List.copyOf(s.enums().keySet()))));
            case "create_view" -> Optional.of(new CreateView(POS, new View(name("v"), "select 1",
                    random.nextBoolean() ? Map.of() : Map.of(org.sqlbundle.compiler.Dialect.SQLITE, "select 2"))));
            case "drop_view" -> s.views().isEmpty() ? Optional.empty()
                    : Optional.of(new DropView(POS, pick(List.copyOf(s.views().keySet()))));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private CreateTable createTable(Schema s) {
        String table = name("t");
        List<Column> columns = new ArrayList<>();
        Optional<PrimaryKey> pk = Optional.empty();
        if (random.nextInt(4) > 0) {
            boolean auto = random.nextBoolean();
            columns.add(new Column("id", PortableType.parse(auto ? "integer" : pick(List.of("integer", "string(40)"))),
                    false, Optional.empty(), auto, Optional.empty()));
            pk = Optional.of(new PrimaryKey(random.nextBoolean() ? "" : "pk_" + table, List.of("id")));
        }
        int more = 1 + random.nextInt(3);
        for (int i = 0; i < more; i++) {
            // autoincrement only on the single-column key (E108): anything else would be refused and retried
            columns.add(column(s, name("c"), false));
        }
        Table draft = new Table(table, columns, pk, List.of(), List.of(), List.of(), List.of(), Optional.empty());
        List<UniqueConstraint> uniques = random.nextBoolean() ? List.of()
                : List.of(new UniqueConstraint(name("uq"), someColumns(draft)));
        List<CheckConstraint> checks = random.nextBoolean() ? List.of() : List.of(check(draft));
        List<ForeignKey> fks = new ArrayList<>();
        if (random.nextBoolean()) {
            foreignKey(s, draft).ifPresent(fks::add);
        }
        return new CreateTable(POS, new Table(table, columns, pk, fks, uniques, checks, List.of(),
                random.nextBoolean() ? Optional.empty() : Optional.of("a comment")));
    }

    private Column column(Schema s, String name, boolean autoincrement) {
        List<String> types = new ArrayList<>(FAMILIES.stream().flatMap(List::stream).toList());
        s.enums().keySet().forEach(e -> types.add("enum(" + e + ")"));
        PortableType type = PortableType.parse(pick(types));
        boolean nullable = random.nextBoolean();
        Optional<Literal> def = random.nextBoolean() ? Optional.empty() : defaultFor(s, type);
        return new Column(name, autoincrement ? PortableType.parse("integer") : type, nullable,
                autoincrement ? Optional.empty() : def, autoincrement,
                random.nextInt(4) == 0 ? Optional.of("note") : Optional.empty());
    }

    private Optional<Literal> defaultFor(Schema s, PortableType type) {
        return switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT, DECIMAL, FLOAT, DOUBLE -> Optional.of(Literal.number(
                    String.valueOf(random.nextInt(3))));
            case STRING, TEXT -> Optional.of(Literal.string(pick(List.of("x", "y"))));
            case BOOLEAN -> Optional.of(Literal.bool(random.nextBoolean()));
            case DATETIME, TIMESTAMP -> Optional.of(Literal.CURRENT_TIMESTAMP);
            case ENUM -> Optional.of(Literal.string(pick(s.enumType(type.enumName()).orElseThrow().labels())));
            default -> Optional.empty();
        };
    }

    private AlterColumn alterColumn(Schema s, Table t) {
        Column c = pick(t.columns());
        Optional<PortableType> type = Optional.empty();
        Optional<Boolean> nullable = Optional.empty();
        Optional<Literal> def = Optional.empty();
        Optional<String> rename = Optional.empty();
        int what = random.nextInt(5);
        if (what == 0 || what == 4) {
            // widen or narrow within the column's family
            List<String> family = FAMILIES.stream().filter(f -> f.contains(c.type().toString())).findFirst()
                    .orElse(List.of(c.type().toString()));
            type = Optional.of(PortableType.parse(pick(family)));
        }
        if (what == 1 || what == 4) {
            nullable = Optional.of(!c.nullable());
        }
        if (what == 2) {
            def = c.defaultValue().isPresent() && random.nextBoolean() ? Optional.of(Literal.NULL)
                    : defaultFor(s, c.type());
        }
        if (what == 3 || random.nextInt(6) == 0) {
            rename = Optional.of(name("c"));
        }
        return new AlterColumn(POS, t.name(), c.name(), type, nullable, def, rename, random.nextBoolean());
    }

    /** A foreign key from {@code from} to a key of some table (possibly itself) whose type a column of {@code from} shares. */
    private Optional<ForeignKey> foreignKey(Schema s, Table from) {
        List<Table> targets = new ArrayList<>(s.tables().values());
        targets.add(from);
        Table target = pick(targets);
        List<List<String>> keys = new ArrayList<>();
        target.primaryKey().ifPresent(pk -> keys.add(pk.columns()));
        target.uniques().forEach(u -> keys.add(u.columns()));
        target.indexes().stream().filter(Index::unique).forEach(i -> keys.add(i.columns()));
        List<List<String>> single = keys.stream().filter(k -> k.size() == 1).toList();
        if (single.isEmpty()) {
            return Optional.empty();
        }
        Column key = target.column(pick(single).get(0)).orElseThrow();
        List<Column> same = from.columns().stream().filter(c -> c.type().equals(key.type())).toList();
        if (same.isEmpty()) {
            return Optional.empty();
        }
        Column col = pick(same);
        List<ForeignKey.Action> actions = List.of(ForeignKey.Action.values());
        ForeignKey.Action onDelete = pick(actions);
        if (onDelete == ForeignKey.Action.SET_NULL && !col.nullable()) {
            onDelete = ForeignKey.Action.CASCADE;
        }
        return Optional.of(new ForeignKey(name("fk"), List.of(col.name()), target.name(), List.of(key.name()),
                onDelete, random.nextBoolean() ? ForeignKey.Action.NO_ACTION : ForeignKey.Action.CASCADE));
    }

    private CheckConstraint check(Table t) {
        return new CheckConstraint(name("ck"), pick(t.columns()).name() + " is not null");
    }

    private List<String> someColumns(Table t) {
        List<String> names = new ArrayList<>(t.columns().stream().map(Column::name).toList());
        java.util.Collections.shuffle(names, random);
        return List.copyOf(names.subList(0, 1 + random.nextInt(Math.min(2, names.size()))));
    }

    private String name(String prefix) {
        return prefix + (++fresh);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
