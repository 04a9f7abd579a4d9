package org.sqlbundle.compiler.internal.render;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.ops.AlterColumn;

/**
 * alter_column as one ALTER per changed part, for dialects with ALTER COLUMN ... SET/DROP (PostgreSQL, H2):
 * type, then nullability, then default, then the rename last, so every earlier step still names the
 * column by its old name. Only the type step differs between the dialects.
 */
public final class AlterColumnSteps {

    /**
     * The statements that change the column's type from {@code before} to {@code after} (same name);
     * {@code defaultFollows} says a later step sets the default anyway.
     */
    @FunctionalInterface
    public interface TypeChange {
        List<String> render(String table, Column before, Column after, boolean defaultFollows);
    }

    private AlterColumnSteps() {
    }

    public static List<String> render(DSLContext dsl, AlterColumn op, RenderContext ctx, TypeChange typeChange) {
        Column before = op.before(ctx.before());
        Column after = op.after(before);
        var table = DSL.name(op.table());
        var column = DSL.name(op.name());
        List<String> out = new ArrayList<>();
        if (op.type().isPresent() && !before.type().equals(after.type())) {
            out.addAll(typeChange.render(op.table(), before, after.withName(before.name()),
                    op.defaultValue().isPresent() && !before.defaultValue().equals(after.defaultValue())));
        }
        if (op.nullable().isPresent() && before.nullable() != after.nullable()) {
            out.add((after.nullable() ? dsl.alterTable(table).alter(column).dropNotNull()
                    : dsl.alterTable(table).alter(column).setNotNull()).getSQL());
        }
        if (op.defaultValue().isPresent() && !before.defaultValue().equals(after.defaultValue())) {
            out.add(setDefault(dsl, op.table(), op.name(), after));
        }
        if (op.renameTo().isPresent()) {
            out.add(dsl.alterTable(table).renameColumn(column).to(DSL.name(op.renameTo().get())).getSQL());
        }
        return out;
    }

    /** SET DEFAULT from the column's model default, or DROP DEFAULT when it has none. */
    @SuppressWarnings("unchecked")
    public static String setDefault(DSLContext dsl, String table, String columnName, Column column) {
        var step = dsl.alterTable(DSL.name(table)).alter(DSL.name(columnName));
        return column.defaultValue()
                .map(d -> step.setDefault((Field<Object>) LiteralRendering.field(d)).getSQL())
                .orElseGet(() -> step.dropDefault().getSQL());
    }
}
