package org.sqlbundle.catalog.autogen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sqlbundle.catalog.expect.ExpectedSchema;
import org.sqlbundle.catalog.expect.LiveComparison;
import org.sqlbundle.catalog.snapshot.CheckSnapshot;
import org.sqlbundle.catalog.snapshot.ColumnSnapshot;
import org.sqlbundle.catalog.snapshot.ForeignKeySnapshot;
import org.sqlbundle.catalog.snapshot.IndexSnapshot;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.catalog.snapshot.UniqueSnapshot;
import org.sqlbundle.catalog.snapshot.ViewSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.compiler.internal.ops.TableOptionRules;
import org.sqlbundle.compiler.internal.types.TypeTable;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * A live database's snapshot read back as the compiler's model, with the head model as the guide: every part
 * (table, column, key, constraint, index, enum, view) that the verifier would find equal to the head's is taken
 * from the head as it is, so what the snapshot cannot show (comments, which of two types that print alike, a
 * check's portable spelling, a view's portable SQL) survives; every other part is mapped back from the database.
 * The model and the result then differ exactly where the database differs from the model.
 */
public final class LiveSchema {

    private static final SourcePos POS = SourcePos.ofFile("autogenerate");

    private final Dialect dialect;
    private final Schema head;
    private final Snapshot projected;
    private final Snapshot live;
    private final Snapshot raw;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();

    private LiveSchema(Dialect dialect, Schema head, LiveComparison comparison) {
        this.dialect = dialect;
        this.head = head;
        this.projected = comparison.projected();
        this.raw = comparison.raw();
        this.live = comparison.live();
    }

    /** The live schema as a model, and notes on what it could only approximate; E081/E082 for what it can't read. */
    public static Result read(Dialect dialect, Schema head, Snapshot snapshot, String versionTable) {
        return read(dialect, head, LiveComparison.of(head, snapshot, dialect, versionTable));
    }

    /** As above, from the comparison {@code diff --url} and the verifier make ({@code head} is its model). */
    public static Result read(Dialect dialect, Schema head, LiveComparison comparison) {
        LiveSchema reader = new LiveSchema(dialect, head, comparison);
        Schema schema = reader.schema();
        if (!reader.problems.isEmpty()) {
            throw SqlbundleException.badInput(reader.problems);
        }
        return new Result(schema, List.copyOf(reader.notes));
    }

    public record Result(Schema schema, List<String> notes) {
    }

    private Schema schema() {
        if (dialect != Dialect.POSTGRESQL) {
            // only PostgreSQL shows enum types as objects; elsewhere the model's stay, and columns show new ones
            head.enums().values().forEach(e -> enums.put(e.name(), e));
        }
        Map<String, EnumType> headEnums = byProjectedName(head.enums().values(), EnumType::name);
        raw.enums().values().forEach(e -> {
            EnumType h = headEnums.get(e.name());
            enums.put(e.name(), h != null && h.labels().equals(e.labels()) ? h : new EnumType(e.name(), e.labels()));
        });
        Map<String, Table> headTables = byProjectedName(head.tables().values(), Table::name);
        List<Table> tables = new ArrayList<>();
        for (TableSnapshot t : live.tables().values()) {
            Table h = headTables.get(t.name());
            tables.add(h != null && t.equals(projected.tables().get(t.name())) ? h : table(t, Optional.ofNullable(h)));
        }
        Schema out = Schema.EMPTY;
        for (EnumType e : enums.values()) {
            out = out.withEnum(e);
        }
        for (Table t : tables) {
            out = out.withTable(t);
        }
        Map<String, View> headViews = byProjectedName(head.views().values(), View::name);
        for (ViewSnapshot v : raw.views().values()) {
            // view bodies are not comparable (each database reprints them), so a view the model has is kept
            View h = headViews.get(v.name());
            out = out.withView(h != null ? h : new View(v.name(), v.definition(), Map.of()));
        }
        return out;
    }

    private Table table(TableSnapshot t, Optional<Table> h) {
        TableSnapshot p = projected.tables().get(t.name());
        TableSnapshot r = raw.tables().get(t.name());
        List<Column> columns = new ArrayList<>();
        Map<String, Column> headColumns = byProjectedName(h.map(Table::columns).orElse(List.of()), Column::name);
        for (String name : t.columnOrder()) {
            ColumnSnapshot c = t.columns().get(name);
            column(t.name(), c, Optional.ofNullable(headColumns.get(name))).ifPresent(columns::add);
        }
        Optional<PrimaryKey> pk = p != null && t.primaryKey().equals(p.primaryKey()) && h.isPresent()
                ? h.get().primaryKey()
                : t.primaryKey().map(k -> new PrimaryKey(primaryKeyName(t.name(), k.name()), k.columns()));
        List<ForeignKey> fks = new ArrayList<>();
        Map<String, ForeignKey> headFks = byProjectedName(h.map(Table::foreignKeys).orElse(List.of()),
                f -> f.nameOn(dialect));
        for (ForeignKeySnapshot f : t.foreignKeys().values()) {
            ForeignKey hf = headFks.get(f.name());
            fks.add(hf != null && f.equals(p.foreignKeys().get(f.name())) ? hf : foreignKey(t.name(), f));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        Map<String, UniqueConstraint> headUniques = byProjectedName(h.map(Table::uniques).orElse(List.of()),
                u -> u.nameOn(dialect));
        Map<String, Index> headIndexes = byProjectedName(h.map(Table::indexes).orElse(List.of()), i -> i.nameOn(dialect));
        for (UniqueSnapshot u : t.uniques().values()) {
            boolean same = p != null && u.equals(p.uniques().get(u.name()));
            if (same && headUniques.containsKey(u.name())) {
                uniques.add(headUniques.get(u.name()));
            } else if (same && headIndexes.containsKey(u.name())) {
                // MySQL lists a unique index with the unique constraints: the model's index is read below
                continue;
            } else {
                uniques.add(new UniqueConstraint(constraintName(u.name(), "uq_" + t.name() + "_"
                        + String.join("_", u.columns())), u.columns()));
            }
        }
        for (Index i : headIndexes.values()) {
            boolean uniqueIndexKept = dialect.mysqlFamily() && i.unique() && p != null
                    && Objects.equals(t.uniques().get(i.name()), p.uniques().get(i.name()));
            if (uniqueIndexKept) {
                indexes.add(i);
            }
        }
        for (IndexSnapshot i : t.indexes().values()) {
            Index hi = headIndexes.get(i.name());
            if (hi != null && p != null && i.equals(p.indexes().get(i.name()))) {
                indexes.add(hi);
            } else if (dialect.mysqlFamily() && (backsForeignKey(t, i) || serverIndexOf(h, i))) {
                // InnoDB's own index for a foreign key, under the key's name or, for a key the server named, its
                // first column's: the renderer makes it again
                continue;
            } else if (!r.columnOrder().containsAll(i.columns())) {
                notes.add("index " + i.name() + " on " + t.name() + " is over expressions " + i.columns()
                        + ", which the op vocabulary cannot express; left out");
            } else {
                indexes.add(new Index(i.name(), t.name(), i.columns(), i.unique()));
            }
        }
        List<CheckConstraint> checks = new ArrayList<>();
        Map<String, CheckConstraint> headChecks = byProjectedName(h.map(Table::checks).orElse(List.of()),
                c -> c.nameOn(dialect));
        for (CheckSnapshot c : t.checks().values()) {
            CheckConstraint hc = headChecks.get(c.name());
            if (hc != null && p != null && c.equals(p.checks().get(c.name()))) {
                checks.add(hc);
            } else if (p != null && c.equals(p.checks().get(c.name()))) {
                // a check the renderer derives from an enum column (SQLite), not one of the model's own
                continue;
            } else {
                String expression = r.checks().containsKey(c.name()) ? r.checks().get(c.name()).expression()
                        : c.expression();
                checks.add(new CheckConstraint(constraintName(c.name(), "ck_" + t.name() + "_" + (checks.size() + 1)),
                        expression));
            }
        }
        return new Table(t.name(), columns, pk, fks, uniques, checks, indexes, h.flatMap(Table::comment),
                options(t, h));
    }

    /**
     * The table options the model states, as the database has them (the comparison keeps only those): the model's
     * spelling where the two agree ({@code utf8} is {@code utf8mb3}), the server's where they differ.
     */
    private static TableOptions options(TableSnapshot t, Optional<Table> h) {
        TableOptions stated = h.map(Table::options).orElse(TableOptions.NONE);
        return new TableOptions(
                option(stated.engine(), t.options().get("engine"), e -> e.toLowerCase(Locale.ROOT),
                        TableOptionRules::engineSpelling),
                option(stated.charset(), t.options().get("charset"), TableOptionRules::canonical, c -> c),
                option(stated.collation(), t.options().get("collation"), TableOptionRules::canonical, c -> c));
    }

    private static Optional<String> option(Optional<String> stated, String live, UnaryOperator<String> asRead,
                                           UnaryOperator<String> spelling) {
        if (stated.isEmpty() || live == null || asRead.apply(stated.get()).equals(live)) {
            return stated;
        }
        return Optional.of(spelling.apply(live));
    }

    private static boolean serverIndexOf(Optional<Table> head, IndexSnapshot i) {
        return head.map(Table::foreignKeys).orElse(List.of()).stream().anyMatch(f -> !i.unique()
                && f.serverIndex().filter(n -> n.equalsIgnoreCase(i.name())).isPresent()
                && f.columns().equals(i.columns()));
    }

    private static boolean backsForeignKey(TableSnapshot t, IndexSnapshot i) {
        ForeignKeySnapshot fk = t.foreignKeys().get(i.name());
        return !i.unique() && fk != null && fk.columns().equals(i.columns());
    }

    /** The column from the head when it reads the same, else mapped back; empty (and a problem) when it can't be. */
    private Optional<Column> column(String table, ColumnSnapshot c, Optional<Column> headColumn) {
        if (headColumn.isPresent() && c.equals(projectedColumn(table, headColumn.get().name()))) {
            return headColumn;
        }
        Optional<PortableType> type = headColumn.filter(hc -> typeReadsSame(table, hc, c)).map(Column::type)
                .or(() -> type(table, c));
        if (type.isEmpty()) {
            problems.add(Problem.of(POS, "E081", "column " + table + "." + c.name() + " has type '" + c.type()
                    + "', which has no portable type", "change the column to a portable type ("
                    + PortableType.SYNTAX_HINT + "), or write this change by hand in a sql op"));
            return Optional.empty();
        }
        Optional<LiveDefault> def = LiveDefault.of(dialect, c.defaultValue(), type.get());
        if (def.isEmpty()) {
            problems.add(Problem.of(POS, "E082", "column " + table + "." + c.name() + " has default '"
                    + c.defaultValue().orElse("") + "', which is not a portable literal",
                    "use a literal or current_timestamp as the default, or write this change by hand in a sql op"));
            return Optional.empty();
        }
        Optional<String> comment = headColumn.flatMap(Column::comment);
        return Optional.of(new Column(c.name(), type.get(), c.nullable(), def.get().literal(),
                def.get().autoincrement(), comment));
    }

    private ColumnSnapshot projectedColumn(String table, String column) {
        TableSnapshot p = projected.tables().get(table);
        return p == null ? null : p.columns().get(ExpectedSchema.projectedName(column, dialect));
    }

    private boolean typeReadsSame(String table, Column headColumn, ColumnSnapshot c) {
        ColumnSnapshot p = projectedColumn(table, headColumn.name());
        return p != null && p.type().equals(c.type());
    }

    private Optional<PortableType> type(String table, ColumnSnapshot c) {
        Optional<PortableType> plain = TypeTable.forDialect(dialect).parse(c.type(), enums.keySet());
        if (plain.isPresent()) {
            return plain;
        }
        return TypeTable.inlineEnumLabels(c.type()).map(labels -> inlineEnum(table, c.name(), labels));
    }

    /** MySQL/H2 inline an enum's labels: reuse the model's enum type with those labels, else name a new one. */
    private PortableType inlineEnum(String table, String column, List<String> labels) {
        for (EnumType e : head.enums().values()) {
            if (e.labels().equals(labels)) {
                enums.putIfAbsent(e.name(), e);
                return new PortableType(PortableType.Kind.ENUM, 0, 0, e.name());
            }
        }
        for (EnumType e : enums.values()) {
            if (e.labels().equals(labels)) {
                return new PortableType(PortableType.Kind.ENUM, 0, 0, e.name());
            }
        }
        String name = table + "_" + column;
        enums.put(name, new EnumType(name, labels));
        return new PortableType(PortableType.Kind.ENUM, 0, 0, name);
    }

    private ForeignKey foreignKey(String table, ForeignKeySnapshot f) {
        return new ForeignKey(constraintName(f.name(), "fk_" + table + "_" + f.referencedTable()), f.columns(),
                f.referencedTable(), f.referencedColumns(), ForeignKey.Action.parse(f.onDelete()),
                ForeignKey.Action.parse(f.onUpdate()));
    }

    /** PostgreSQL names an unnamed key {@code <table>_pkey}: leave it unnamed, the database names it alike again. */
    private String primaryKeyName(String table, Optional<String> name) {
        return name.filter(n -> !(dialect == Dialect.POSTGRESQL && n.equals(table + "_pkey"))).orElse("");
    }

    /** A constraint the database named itself gets a name: the model names every constraint. */
    private String constraintName(String name, String generated) {
        if (!name.startsWith("~")) {
            return name;
        }
        notes.add("named " + generated + " the constraint the database has without a name " + name
                + "; the database keeps its own name, so give it that name by hand or recreate it");
        return generated;
    }

    /** Model items keyed by the name the snapshot shows for them. */
    /** The head's objects by the name the dialect's catalog shows ({@code dialect_names}, a server-named key's). */
    private <T> Map<String, T> byProjectedName(Iterable<T> items, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        items.forEach(i -> out.put(ExpectedSchema.projectedName(name.apply(i), dialect), i));
        return out;
    }
}
