package org.sqlbundle.compiler.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Constraint;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
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
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.types.TypeTable;

/**
 * The jOOQ path shared by the PostgreSQL, H2, MySQL and MariaDB renderers: statements jOOQ renders
 * correctly for all four (measured by executing them) are built here; each dialect overrides only what
 * differs (types, alter_column, enums, how a guard stops: {@link Guards}). Names always go through {@link #quote}, literals
 * through {@link LiteralRendering}, so nothing an author writes is pasted into SQL unescaped, except
 * check expressions, view bodies and raw sql, which are SQL by definition.
 */
public abstract class JooqRenderer implements DialectRenderer {

    protected final Dialect dialect;
    protected final DSLContext dsl;
    private final VersionStamps stamps;

    protected JooqRenderer(Dialect dialect) {
        this.dialect = dialect;
        this.dsl = JooqContexts.of(dialect);
        this.stamps = new VersionStamps(dsl);
    }

    /** The type as this dialect's DDL spells it: the dialect's row of the one type table. */
    protected String typeName(PortableType type, Schema schema) {
        return TypeTable.forDialect(dialect).ddl(type, schema, this::stringLiteral);
    }

    /** True where a column comment is part of the column definition (MySQL); else COMMENT ON COLUMN. */
    protected abstract boolean inlineColumnComments();

    @Override
    public final Dialect dialect() {
        return dialect;
    }

    @Override
    public String quote(String identifier) {
        return dsl.render(DSL.name(identifier));
    }

    /** A string as an escaped SQL literal of this dialect. */
    protected String stringLiteral(String text) {
        return dsl.render(DSL.inline(text));
    }

    protected String literal(Literal literal) {
        return dsl.render(LiteralRendering.field(literal));
    }

    protected static Name name(String identifier) {
        return DSL.name(identifier);
    }

    protected static Name[] names(List<String> identifiers) {
        return identifiers.stream().map(DSL::name).toArray(Name[]::new);
    }

    // ---- column definitions ----

    /** The default a column definition renders; MySQL wraps some in parentheses. */
    protected Field<?> defaultField(Column column, Literal value) {
        return LiteralRendering.field(value);
    }

    @SuppressWarnings("unchecked")
    protected Field<Object> columnField(Column column, Schema schema) {
        DataType<Object> type = DialectTypes.named(typeName(column.type(), schema)).nullable(column.nullable());
        if (column.autoincrement()) {
            type = type.identity(true);
        }
        if (column.defaultValue().isPresent()) {
            type = type.defaultValue((Field<Object>) defaultField(column, column.defaultValue().get()));
        }
        if (inlineColumnComments() && column.comment().isPresent()) {
            return DSL.field(name(column.name()), type, DSL.comment(column.comment().get()));
        }
        return DSL.field(name(column.name()), type);
    }

    protected List<String> columnComments(String table, List<Column> columns) {
        List<String> out = new ArrayList<>();
        if (!inlineColumnComments()) {
            for (Column c : columns) {
                c.comment().ifPresent(text -> out.add(dsl.commentOnColumn(DSL.name(table, c.name())).is(text).getSQL()));
            }
        }
        return out;
    }

    protected String tableComment(String table, String text) {
        return dsl.commentOnTable(name(table)).is(text).getSQL();
    }

    // ---- constraints ----

    protected Constraint uniqueConstraint(UniqueConstraint u) {
        return DSL.constraint(name(u.nameOn(dialect))).unique(names(u.columns()));
    }

    /** The check expression as this dialect must read it; H2 quotes the column names in it. */
    protected String checkExpression(Table table, CheckConstraint c) {
        return c.expression();
    }

    protected Constraint checkConstraint(Table table, CheckConstraint c) {
        return DSL.constraint(name(c.nameOn(dialect))).check(DSL.condition(checkExpression(table, c)));
    }

    protected Constraint foreignKey(org.sqlbundle.compiler.internal.model.ForeignKey fk) {
        return ForeignKeyConstraints.of(fk, dialect);
    }

    protected List<Constraint> constraints(Table t) {
        List<Constraint> out = new ArrayList<>();
        t.primaryKey().ifPresent(pk -> out.add(pk.nameOn(dialect).isEmpty()
                ? DSL.primaryKey(names(pk.columns()))
                : DSL.constraint(name(pk.nameOn(dialect))).primaryKey(names(pk.columns()))));
        t.uniques().forEach(u -> out.add(uniqueConstraint(u)));
        t.checks().forEach(c -> out.add(checkConstraint(t, c)));
        t.foreignKeys().forEach(fk -> out.add(foreignKey(fk)));
        return out;
    }

    // ---- ops ----

    @Override
    public List<String> createTable(CreateTable op, RenderContext ctx) {
        Table t = op.table();
        List<Field<?>> fields = new ArrayList<>();
        t.columns().forEach(c -> fields.add(columnField(c, ctx.after())));
        List<String> out = new ArrayList<>();
        var create = dsl.createTable(name(t.name())).columns(fields).constraints(constraints(t));
        out.add(tableOptions(t).map(options -> create.storage(options).getSQL()).orElseGet(create::getSQL));
        t.comment().ifPresent(text -> out.add(tableComment(t.name(), text)));
        out.addAll(columnComments(t.name(), t.columns()));
        return out;
    }

    /** MySQL/MariaDB's table options after CREATE TABLE's parentheses; the other dialects have none. */
    protected Optional<String> tableOptions(Table t) {
        return Optional.empty();
    }

    @Override
    public List<String> dropTable(DropTable op, RenderContext ctx) {
        return List.of(dsl.dropTable(name(op.name())).getSQL());
    }

    @Override
    public List<String> renameTable(RenameTable op, RenderContext ctx) {
        return List.of(dsl.alterTable(name(op.name())).renameTo(name(op.to())).getSQL());
    }

    @Override
    public List<String> addColumn(AddColumn op, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        out.add(dsl.alterTable(name(op.table())).add(columnField(op.column(), ctx.after())).getSQL());
        out.addAll(columnComments(op.table(), List.of(op.column())));
        return out;
    }

    @Override
    public List<String> dropColumn(DropColumn op, RenderContext ctx) {
        return List.of(dsl.alterTable(name(op.table())).dropColumn(name(op.name())).getSQL());
    }

    @Override
    public List<String> createIndex(CreateIndex op, RenderContext ctx) {
        var index = op.index();
        Name n = name(index.nameOn(dialect));
        var step = index.unique() ? dsl.createUniqueIndex(n) : dsl.createIndex(n);
        return List.of(step.on(name(index.table()), names(index.columns())).getSQL());
    }

    @Override
    public List<String> dropIndex(DropIndex op, RenderContext ctx) {
        // MySQL needs the table (DROP INDEX i ON t); jOOQ leaves it out where the dialect doesn't take it
        var index = op.index(ctx.before());
        return List.of(dsl.dropIndex(name(index.nameOn(dialect))).on(name(index.table())).getSQL());
    }

    @Override
    public List<String> addForeignKey(AddForeignKey op, RenderContext ctx) {
        return List.of(dsl.alterTable(name(op.table())).add(foreignKey(op.foreignKey())).getSQL());
    }

    @Override
    public List<String> addUnique(AddUnique op, RenderContext ctx) {
        return List.of(dsl.alterTable(name(op.table())).add(uniqueConstraint(op.unique())).getSQL());
    }

    @Override
    public List<String> addCheck(AddCheck op, RenderContext ctx) {
        Table t = ctx.before().table(op.table()).orElseThrow();
        return List.of(dsl.alterTable(name(op.table())).add(checkConstraint(t, op.check())).getSQL());
    }

    @Override
    public List<String> dropConstraint(DropConstraint op, RenderContext ctx) {
        String onDialect = ctx.before().table(op.table()).orElseThrow().constraintNameOn(op.name(), dialect);
        return List.of(dsl.alterTable(name(op.table())).dropConstraint(name(onDialect)).getSQL());
    }

    /** Enums are inlined into column types by default (MySQL, MariaDB, H2); PostgreSQL overrides. */
    @Override
    public List<String> createEnum(CreateEnum op, RenderContext ctx) {
        return List.of();
    }

    @Override
    public List<String> dropEnum(DropEnum op, RenderContext ctx) {
        return List.of();
    }

    @Override
    public List<String> createView(CreateView op, RenderContext ctx) {
        return List.of("create view " + quote(op.view().name()) + " as " + withoutTerminator(op.view().sqlFor(dialect)));
    }

    @Override
    public List<String> dropView(DropView op, RenderContext ctx) {
        return List.of(dsl.dropView(name(op.name())).getSQL());
    }

    /** One INSERT per row: rows may give different columns, and a failing row is easy to spot. */
    @Override
    public List<String> insert(Insert op, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        for (Map<String, Literal> row : op.rows()) {
            List<Field<?>> columns = new ArrayList<>();
            List<Field<?>> values = new ArrayList<>();
            row.forEach((column, value) -> {
                columns.add(DSL.field(name(column)));
                values.add(LiteralRendering.field(value));
            });
            out.add(dsl.insertInto(DSL.table(name(op.table())), columns).values(values).getSQL());
        }
        return out;
    }

    @Override
    public List<String> delete(Delete op, RenderContext ctx) {
        List<Condition> rows = new ArrayList<>();
        for (Map<String, Literal> key : op.keys()) {
            rows.add(DSL.and(key.entrySet().stream().map(e -> equalTo(e.getKey(), e.getValue())).toList()));
        }
        return List.of(dsl.deleteFrom(DSL.table(name(op.table()))).where(DSL.or(rows)).getSQL());
    }

    @SuppressWarnings("unchecked")
    private static Condition equalTo(String column, Literal value) {
        Field<Object> field = DSL.field(name(column));
        return value.isNull() ? field.isNull() : field.eq((Field<Object>) LiteralRendering.field(value));
    }

    @Override
    public List<String> sql(Sql op, RenderContext ctx) {
        return List.of(withoutTerminator(op.sqlFor(dialect)));
    }

    /** Trimmed, without trailing semicolons: the compiler adds terminators itself. */
    protected static String withoutTerminator(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    // ---- capabilities ----

    /** What every op does here; dialects override the ops they emulate or refuse. */
    @Override
    public Support support(String opName) {
        if (!OpReader.OP_NAMES.contains(opName)) {
            throw new IllegalArgumentException("unknown op '" + opName + "'");
        }
        return opName.equals("alter_table_options") ? TableOptionsDdl.NO_STATEMENT : Support.nativeSql(switch (opName) {
            case "sql" -> "the statement as written for " + dialect.cliName;
            case "insert", "delete" -> opName + " with inlined, escaped literals";
            default -> opName.replace('_', ' ');
        });
    }

    /** BEGIN and COMMIT, as psql and H2 read them; MySQL's client says START TRANSACTION. */
    @Override
    public List<String> beginTransaction() {
        return List.of("begin");
    }

    @Override
    public List<String> commitTransaction() {
        return List.of("commit");
    }

    @Override
    public List<String> createVersionTable(String table) {
        return List.of(dsl.createTableIfNotExists(name(table))
                .column(DSL.field(name("version_num"), DialectTypes.named("varchar(32)").nullable(false)))
                .constraints(DSL.constraint(name(table + "_pkc")).primaryKey(name("version_num")))
                .getSQL());
    }

    @Override
    public String textLiteral(String text) {
        return stringLiteral(text);
    }

    @Override
    public List<String> createHistoryTable(String table) {
        var t = dsl.createTableIfNotExists(name(table));
        for (String[] column : History.COLUMNS) {
            t = t.column(DSL.field(name(column[0]), DialectTypes.named(column[1]).nullable(false)));
        }
        return List.of(t.constraints(DSL.constraint(name(table + "_pkc")).primaryKey(name(History.COLUMNS[0][0])))
                .getSQL());
    }

    @Override
    public List<String> sessionStart() {
        return List.of();
    }

    @Override
    public List<String> sessionEnd() {
        return List.of();
    }

    /** The version table moves with one statement, rendered by jOOQ once per shape ({@link VersionStamps}). */
    @Override
    public List<String> stamp(String table, Optional<String> from, Optional<String> to) {
        return stamps.stamp(table, from, to);
    }

    /** The version guard in the one shape of {@link Guards}, with this dialect's parts. */
    @Override
    public final List<String> guard(String table, Optional<String> expected) {
        return Guards.version(this, table, expected);
    }

    @Override
    public List<String> historyGuard(String historyTable, String message) {
        return Guards.history(this, historyTable, message);
    }

    /**
     * Statements that stop the script with {@code message} unless {@code ok} holds, followed by {@code detail} where
     * the dialect can compute it into the error; none of these dialects has one statement for it outside procedures.
     */
    protected abstract List<String> stopUnless(Guards.Condition ok, String message, Optional<Guards.Detail> detail);

    /** An aggregate joining {@code text} over the rows with ", " in the order of {@code orderBy}; empty if none. */
    protected abstract Optional<String> joined(String text, String orderBy);

    /** Whether a guard tests a query for rows by counting them (MySQL) instead of asking EXISTS. */
    protected boolean countsRows() {
        return false;
    }
}
