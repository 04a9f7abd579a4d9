package org.sqlbundle.compiler.internal.render.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.AddEnumValue;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreatePrimaryKey;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnum;
import org.sqlbundle.compiler.internal.ops.DropEnumValue;
import org.sqlbundle.compiler.internal.ops.EnumValues;
import org.sqlbundle.compiler.internal.ops.PrimaryKeys;
import org.sqlbundle.compiler.internal.render.AlterColumnSteps;
import org.sqlbundle.compiler.internal.render.EnumValueGuards;
import org.sqlbundle.compiler.internal.render.Guards;
import org.sqlbundle.compiler.internal.render.JooqRenderer;
import org.sqlbundle.compiler.internal.render.PrimaryKeyDdl;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.render.Support;
import org.sqlbundle.compiler.internal.render.TableOptionsDdl;

/** PostgreSQL: transactional DDL, named enum types, comments via COMMENT ON, the guard as a DO block. */
public class PostgresqlRenderer extends JooqRenderer {

    public PostgresqlRenderer() {
        super(Dialect.POSTGRESQL);
    }

    @Override
    protected boolean inlineColumnComments() {
        return false;
    }

    /** A column with a {@code sequence}: SERIAL's shape, the default taking the next value of that sequence. */
    @Override
    protected Field<Object> columnField(Column column, Schema schema) {
        if (column.sequence().isEmpty()) {
            return super.columnField(column, schema);
        }
        Field<Object> field = super.columnField(new Column(column.name(), column.type(), column.nullable(),
                Optional.empty(), false, column.comment()), schema);
        return DSL.field(field.getQualifiedName(), field.getDataType().defaultValue(DSL.function("nextval",
                Object.class, DSL.inline(quote(column.sequence().get())))));
    }

    /**
     * What SERIAL does, with the chain's sequence name: the sequence first, then the table whose column takes its
     * values, then OWNED BY, so the sequence goes with the column or table.
     */
    @Override
    public List<String> createTable(CreateTable op, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        List<Column> serial = op.table().columns().stream().filter(c -> c.sequence().isPresent()).toList();
        serial.forEach(c -> out.add("create sequence " + quote(c.sequence().get()) + " as "
                + typeName(c.type(), ctx.after())));
        out.addAll(super.createTable(op, ctx));
        serial.forEach(c -> out.add("alter sequence " + quote(c.sequence().get()) + " owned by "
                + quote(op.table().name()) + "." + quote(c.name())));
        return out;
    }

    @Override
    public List<String> createPrimaryKey(CreatePrimaryKey op, RenderContext ctx) {
        return List.of(PrimaryKeyDdl.add(dsl, dialect, op.table(), op.primaryKey(), true));
    }

    /** A key the chain left unnamed is dropped by the name PostgreSQL gave it, {@code <table>_pkey}. */
    @Override
    public List<String> dropConstraint(DropConstraint op, RenderContext ctx) {
        if (!op.kind(ctx.before()).equals("primary key")) {
            return super.dropConstraint(op, ctx);
        }
        String name = PrimaryKeys.serverName(ctx.before().table(op.table()).orElseThrow(), dialect);
        return List.of(dsl.alterTable(name(op.table())).dropConstraint(name(name)).getSQL());
    }

    @Override
    public List<String> alterColumn(AlterColumn op, RenderContext ctx) {
        return AlterColumnSteps.render(dsl, op, ctx, (table, before, after, defaultFollows) ->
                changeType(table, before, after, defaultFollows, ctx));
    }

    /**
     * ALTER TYPE with an explicit USING cast (varchar to enum, text to jsonb need one). A default of the
     * old type can't always be cast, so it is dropped first and set again from the model afterwards.
     * Between string types no USING: the default conversion is an assignment cast, which refuses a value too long
     * for a narrower varchar, where an explicit cast would cut it silently. From an enum the cast goes through text:
     * PostgreSQL casts an enum to text, and text to anything, but one enum type to nothing else.
     */
    private List<String> changeType(String table, Column before, Column after, boolean defaultFollows,
                                    RenderContext ctx) {
        List<String> out = new ArrayList<>();
        String type = typeName(after.type(), ctx.after());
        if (before.defaultValue().isPresent()) {
            out.add(AlterColumnSteps.setDefault(dsl, table, before.name(), before.withDefault(Optional.empty())));
        }
        String using = isString(before.type()) && isString(after.type()) ? ""
                : " using " + quote(before.name()) + (before.type().isEnum() ? "::text::" : "::") + type;
        out.add("alter table " + quote(table) + " alter column " + quote(before.name()) + " type " + type + using);
        if (after.defaultValue().isPresent() && !defaultFollows) {
            out.add(AlterColumnSteps.setDefault(dsl, table, before.name(), after));
        }
        return out;
    }

    private static boolean isString(PortableType type) {
        return type.kind() == PortableType.Kind.STRING || type.kind() == PortableType.Kind.TEXT;
    }

    @Override
    public List<String> createEnum(CreateEnum op, RenderContext ctx) {
        String labels = op.enumType().labels().stream().map(this::stringLiteral).collect(Collectors.joining(", "));
        return List.of("create type " + quote(op.enumType().name()) + " as enum (" + labels + ")");
    }

    @Override
    public List<String> dropEnum(DropEnum op, RenderContext ctx) {
        return List.of("drop type " + quote(op.name()));
    }

    @Override
    public List<String> addEnumValue(AddEnumValue op, RenderContext ctx) {
        return EnumValueGuards.render(this, Optional.empty(), ctx, rebuildType(op.name(), ctx));
    }

    @Override
    public List<String> dropEnumValue(DropEnumValue op, RenderContext ctx) {
        return EnumValueGuards.render(this, Optional.of(op), ctx, rebuildType(op.name(), ctx));
    }

    /**
     * The type is rebuilt, not extended with ALTER TYPE ... ADD VALUE: a value added that way can't be used before
     * the transaction commits, and the revision runs in one transaction with the ops that may use it. Rename the
     * old type, create the new one, move every column over through text (defaults dropped and set again), drop
     * the old type.
     */
    private List<String> rebuildType(String enumName, RenderContext ctx) {
        String old = enumName + "_sqlbundle_old";
        List<String> out = new ArrayList<>(List.of("alter type " + quote(enumName) + " rename to " + quote(old)));
        out.addAll(createEnum(new CreateEnum(null, ctx.after().enumType(enumName).orElseThrow()), ctx));
        for (EnumValues.Use u : EnumValues.uses(ctx.after(), enumName)) {
            out.addAll(changeType(u.table().name(), u.column(), u.column(), false, ctx));
        }
        out.add("drop type " + quote(old));
        return out;
    }

    @Override
    public Support support(String opName) {
        return switch (opName) {
            case "add_enum_value", "drop_enum_value" -> Support.emulated("the type rebuilt in the revision's "
                    + "transaction (rename, CREATE TYPE, ALTER COLUMN ... TYPE per column, DROP TYPE)"
                    + (opName.startsWith("drop") ? " after a guard that refuses while rows hold the value"
                    : "; ADD VALUE could not be used before COMMIT"));
            default -> super.support(opName);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /**
     * A DO block that raises unless the condition holds; psql with ON_ERROR_STOP stops there, before anything
     * changed. The message also says what the guard found.
     */
    @Override
    protected List<String> stopUnless(Guards.Condition ok, String message, Optional<Guards.Detail> detail) {
        return raiseIf("begin ", ok.fails(), message, detail, "sqlbundle_guard");
    }

    @Override
    protected Optional<String> joined(String text, String orderBy) {
        return Optional.of("string_agg(" + text + ", ', ' order by " + orderBy + ")");
    }

    /** The statement inside a DO block that counts the rows it changed and raises unless there was one. */
    @Override
    public List<String> requireOneRow(String statement, String message) {
        return raiseIf("declare n bigint; begin " + statement + "; get diagnostics n = row_count; ", "n <> 1", message,
                Optional.of(new Guards.Detail(": ", "n || ' row(s) changed'")), "sqlbundle_row");
    }

    /** {@code do $tag$ <prelude> if <fails> then raise exception ...; end if; end $tag$}; the prelude opens the block. */
    private List<String> raiseIf(String prelude, String fails, String message, Optional<Guards.Detail> detail,
                                 String tagBase) {
        String text = Guards.messageText(this, message, detail);
        String body = " " + prelude + "if " + fails + " then raise exception '%', " + text + "; end if; end ";
        String tag = DollarQuotes.tagFor(body, tagBase);
        return List.of("do " + tag + body + tag);
    }

    @Override
    public List<String> alterTableOptions(AlterTableOptions op, RenderContext ctx) {
        return TableOptionsDdl.none();
    }
}
