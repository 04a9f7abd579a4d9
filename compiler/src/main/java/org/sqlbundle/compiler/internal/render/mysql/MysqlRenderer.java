package org.sqlbundle.compiler.internal.render.mysql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.AddEnumValue;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnumValue;
import org.sqlbundle.compiler.internal.ops.EnumValues;
import org.sqlbundle.compiler.internal.render.EnumValueGuards;
import org.sqlbundle.compiler.internal.render.Guards;
import org.sqlbundle.compiler.internal.render.JooqRenderer;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.render.Support;
import org.sqlbundle.compiler.internal.render.TableOptionsDdl;

/**
 * MySQL 8.0: no transactional DDL, enums inlined as ENUM('a','b'), comments inside column definitions,
 * alter_column restating the whole column from the model (MODIFY / CHANGE COLUMN), constraints dropped by
 * their kind. MariaDB differs in a few places and overrides them.
 */
public class MysqlRenderer extends JooqRenderer {

    public MysqlRenderer() {
        this(Dialect.MYSQL);
    }

    protected MysqlRenderer(Dialect dialect) {
        super(dialect);
    }

    /** Types MySQL can't index, key or give a plain literal default (BLOB/TEXT/JSON). */
    protected static boolean isLob(PortableType type) {
        return type.kind() == PortableType.Kind.TEXT || type.kind() == PortableType.Kind.BINARY
                || type.kind() == PortableType.Kind.JSON;
    }

    /** MySQL 8.0.13+ takes a default on BLOB/TEXT/JSON only as an expression in parentheses. */
    @Override
    protected Field<?> defaultField(Column column, Literal value) {
        Field<?> literal = super.defaultField(column, value);
        return isLob(column.type()) ? DSL.field("({0})", Object.class, literal) : literal;
    }

    @Override
    protected boolean inlineColumnComments() {
        return true;
    }

    /** The column definition as jOOQ writes it after ADD: type, nullability, default, auto_increment, comment. */
    protected String columnDefinition(String table, Column column, Schema schema) {
        String add = dsl.alterTable(name(table)).add(columnField(column, schema)).getSQL();
        String prefix = "alter table " + quote(table) + " add ";
        if (!add.startsWith(prefix)) {
            throw new IllegalStateException("unexpected jOOQ rendering of ADD COLUMN: " + add);
        }
        return add.substring(prefix.length());
    }

    /**
     * One MODIFY (or CHANGE, for a rename) restating the whole column from the model: MySQL resets every
     * attribute the statement leaves out, so type, NOT NULL, default and comment all come from the model.
     */
    @Override
    public List<String> alterColumn(AlterColumn op, RenderContext ctx) {
        Column after = op.after(op.before(ctx.before()));
        String definition = columnDefinition(op.table(), after, ctx.after());
        String head = "alter table " + quote(op.table());
        return List.of(op.renameTo().isPresent()
                ? head + " change column " + quote(op.name()) + " " + definition
                : head + " modify column " + definition);
    }

    @Override
    public List<String> createTable(CreateTable op, RenderContext ctx) {
        var t = op.table();
        t.primaryKey().ifPresent(pk -> Keys.requireIndexable(this, op, t, pk.columns(), "the primary key"));
        t.uniques().forEach(u -> Keys.requireIndexable(this, op, t, u.columns(), "unique constraint " + u.name()));
        t.foreignKeys().forEach(f -> Keys.requireIndexable(this, op, t, f.columns(), "foreign key " + f.name()));
        return super.createTable(op, ctx);
    }

    @Override
    protected Optional<String> tableOptions(org.sqlbundle.compiler.internal.model.Table t) {
        return TableOptionsDdl.createOptions(t.options());
    }

    @Override
    public List<String> alterTableOptions(AlterTableOptions op, RenderContext ctx) {
        return List.of(TableOptionsDdl.alter(quote(op.table()), op));
    }

    @Override
    public List<String> createIndex(CreateIndex op, RenderContext ctx) {
        var t = ctx.before().table(op.index().table()).orElseThrow();
        Keys.requireIndexable(this, op, t, op.index().columns(), "index " + op.index().name());
        return super.createIndex(op, ctx);
    }

    @Override
    public List<String> addUnique(AddUnique op, RenderContext ctx) {
        var t = ctx.before().table(op.table()).orElseThrow();
        Keys.requireIndexable(this, op, t, op.unique().columns(), "unique constraint " + op.unique().name());
        return super.addUnique(op, ctx);
    }

    @Override
    public List<String> addForeignKey(AddForeignKey op, RenderContext ctx) {
        var t = ctx.before().table(op.table()).orElseThrow();
        Keys.requireIndexable(this, op, t, op.foreignKey().columns(), "foreign key " + op.foreignKey().name());
        return super.addForeignKey(op, ctx);
    }

    /** ADD PRIMARY KEY without a name: the server always calls it PRIMARY. */
    @Override
    public List<String> createPrimaryKey(org.sqlbundle.compiler.internal.ops.CreatePrimaryKey op, RenderContext ctx) {
        var t = ctx.before().table(op.table()).orElseThrow();
        Keys.requireIndexable(this, op, t, op.primaryKey().columns(), "the primary key");
        return List.of(org.sqlbundle.compiler.internal.render.PrimaryKeyDdl.add(dsl, dialect, op.table(), op.primaryKey(), false));
    }

    @Override
    public List<String> addEnumValue(AddEnumValue op, RenderContext ctx) {
        return EnumValueGuards.render(this, Optional.empty(), ctx, retype(op.name(), ctx));
    }

    @Override
    public List<String> dropEnumValue(DropEnumValue op, RenderContext ctx) {
        return EnumValueGuards.render(this, Optional.of(op), ctx, retype(op.name(), ctx));
    }

    /** A MODIFY per column of the enum, restating it from the model so nullability, default and comment stay. */
    private List<String> retype(String enumName, RenderContext ctx) {
        return EnumValues.uses(ctx.after(), enumName).stream().map(u -> "alter table " + quote(u.table().name())
                + " modify column " + columnDefinition(u.table().name(), u.column(), ctx.after())).toList();
    }

    /** MySQL has no DROP CONSTRAINT for foreign keys before 8.0.19; the kind-specific forms work on all 8.0. */
    @Override
    public List<String> dropConstraint(DropConstraint op, RenderContext ctx) {
        String head = "alter table " + quote(op.table());
        String kind = op.kind(ctx.before());
        List<String> out = new java.util.ArrayList<>();
        var before = ctx.before().table(op.table()).orElseThrow();
        if (kind.equals("unique constraint")) {
            var dropped = before.uniques().stream()
                    .filter(u -> u.name().equals(op.name())).findFirst().orElseThrow();
            out.addAll(ForeignKeyIndexes.keepFor(this, ctx.after().table(op.table()).orElseThrow(), dropped.columns()));
        } else if (kind.equals("primary key")) {
            out.addAll(ForeignKeyIndexes.keepFor(this, ctx.after().table(op.table()).orElseThrow(),
                    before.primaryKey().orElseThrow().columns()));
        }
        String name = quote(before.constraintNameOn(op.name(), dialect));
        out.add(switch (kind) {
            case "primary key" -> head + " drop primary key";
            case "foreign key" -> head + " drop foreign key " + name;
            case "unique constraint" -> head + " drop index " + name;
            default -> head + " " + dropCheck() + " " + name;
        });
        return out;
    }

    @Override
    public List<String> dropIndex(org.sqlbundle.compiler.internal.ops.DropIndex op, RenderContext ctx) {
        var index = op.index(ctx.before());
        List<String> out = new java.util.ArrayList<>(
                ForeignKeyIndexes.keepFor(this, ctx.after().table(index.table()).orElseThrow(), index.columns()));
        out.addAll(super.dropIndex(op, ctx));
        return out;
    }

    /** MySQL 8.0.16+ says DROP CHECK; MariaDB says DROP CONSTRAINT. */
    protected String dropCheck() {
        return "drop check";
    }

    @Override
    public Support support(String opName) {
        return switch (opName) {
            case "create_enum", "drop_enum" ->
                    Support.emulated("no statement: the labels are inlined into each column as ENUM('a', 'b')");
            case "alter_column" -> Support.nativeSql("MODIFY / CHANGE COLUMN restating the whole column from the model");
            case "drop_constraint" -> Support.nativeSql("DROP PRIMARY KEY / DROP FOREIGN KEY / DROP INDEX / "
                    + dropCheck().toUpperCase(Locale.ROOT) + " by the constraint's kind");
            case "alter_table_options" -> Support.nativeSql("ALTER TABLE ... ENGINE = and/or CONVERT TO CHARACTER SET "
                    + "... COLLATE ..., which converts the text columns too");
            case "create_primary_key" -> Support.nativeSql("ADD PRIMARY KEY (the server names it PRIMARY)");
            case "add_foreign_key" -> Support.nativeSql("ADD CONSTRAINT ... FOREIGN KEY (InnoDB adds an index of "
                    + "the constraint's name when none starts with its columns); a server_named key is added "
                    + "unnamed, and InnoDB names it TABLE_ibfk_N and its index after the first column");
            case "add_enum_value" -> Support.nativeSql("MODIFY COLUMN ... ENUM(...) on every column of the enum");
            case "drop_enum_value" -> Support.nativeSql("MODIFY COLUMN ... ENUM(...) on every column of the enum, "
                    + "after a guard that refuses while rows hold the value");
            default -> super.support(opName);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public List<String> beginTransaction() {
        return List.of("start transaction");
    }

    /**
     * MySQL has no RAISE outside procedures: the guard prepares either a no-op or a SELECT of a column named
     * after the message, which fails with "Unknown column 'sqlbundle guard: ...'"; the mysql client stops at the
     * first error. A detail computed from rows can't be named in that column here: the history guard computes its
     * failing statement from the rows itself.
     */
    @Override
    protected List<String> stopUnless(Guards.Condition ok, String message, Optional<Guards.Detail> detail) {
        return prepared("sqlbundle_guard", "if(" + ok.holds() + ", 'do 0', " + stringLiteral("select " + quote(message))
                + ")");
    }

    @Override
    protected Optional<String> joined(String text, String orderBy) {
        return Optional.of("group_concat(" + text + " order by " + orderBy + " separator ', ')");
    }

    @Override
    protected boolean countsRows() {
        return true;
    }

    /** ROW_COUNT() of the statement, then the guard's prepared failure unless it was 1. */
    @Override
    public List<String> requireOneRow(String statement, String message) {
        List<String> out = new java.util.ArrayList<>(List.of(statement, "set @sqlbundle_rows = row_count()"));
        out.addAll(prepared("sqlbundle_check", "if(@sqlbundle_rows = 1, 'do 0', " + stringLiteral("select "
                + quote(message)) + ")"));
        return out;
    }

    /** The guard's shape; the unknown column is named after the unfinished rows (backticks dropped from them). */
    @Override
    public List<String> historyGuard(String historyTable, String message) {
        String rows = joined("replace(concat(`revision`, ' ', `state`), '`', '')", "`revision`").orElseThrow();
        return prepared("sqlbundle_guard", "(select if(count(*) = 0, 'do 0', concat('select `', "
                + stringLiteral(message.replace("`", "'")) + ", " + rows + ", '`')) from " + quote(historyTable)
                + " where `state` <> 'applied')");
    }

    /** Prepares the statement {@code text} evaluates to (a no-op, or the failing SELECT) and runs it. */
    private static List<String> prepared(String name, String text) {
        return List.of("set @" + name + " = " + text, "prepare " + name + " from @" + name, "execute " + name,
                "deallocate prepare " + name);
    }

    /**
     * Literals are rendered with backslash escapes, which NO_BACKSLASH_ESCAPES would turn into two characters:
     * the bundle takes that one mode out of the session's sql_mode, as mysqldump sets its own, and puts it back.
     */
    @Override
    public List<String> sessionStart() {
        return List.of("set @sqlbundle_old_sql_mode = @@session.sql_mode",
                "set session sql_mode = replace(replace(replace(@@session.sql_mode, 'NO_BACKSLASH_ESCAPES,', ''), "
                        + "',NO_BACKSLASH_ESCAPES', ''), 'NO_BACKSLASH_ESCAPES', '')");
    }

    @Override
    public List<String> sessionEnd() {
        return List.of("set session sql_mode = @sqlbundle_old_sql_mode");
    }
}
