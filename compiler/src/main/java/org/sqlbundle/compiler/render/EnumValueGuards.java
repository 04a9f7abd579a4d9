package org.sqlbundle.compiler.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.ops.DropEnumValue;
import org.sqlbundle.compiler.ops.EnumValues;

/**
 * drop_enum_value's run-time refusal: one guard per column of the enum, before anything changes, that stops the
 * script while a row holds the value. Counting (not EXISTS) reads the same in every dialect's guard.
 */
public final class EnumValueGuards {

    private EnumValueGuards() {
    }

    /** The message a guard stops with; SQLite's renderer, which has its own guard, shares it. */
    public static String message(DropEnumValue op, String table, String column) {
        return "sqlbundle: drop_enum_value " + op.name() + " '" + op.value() + "': rows of " + table + "." + column
                + " hold the value; update or delete them first";
    }

    static List<String> refuseUsed(JooqRenderer r, DropEnumValue op, Schema before) {
        List<String> out = new ArrayList<>();
        for (EnumValues.Use use : EnumValues.uses(before, op.name())) {
            String count = "(select count(*) from " + r.quote(use.table().name()) + " where "
                    + r.quote(use.column().name()) + " = " + r.stringLiteral(op.value()) + ")";
            out.addAll(r.stopUnless(new Guards.Condition(count + " = 0", count + " <> 0"),
                    message(op, use.table().name(), use.column().name()), Optional.empty()));
        }
        return out;
    }

    /** The guards (drop only), then the statements that give every column of the enum its new values. */
    public static List<String> render(JooqRenderer r, Optional<DropEnumValue> drop,
                                      RenderContext ctx, List<String> retype) {
        List<String> out = new ArrayList<>();
        drop.ifPresent(d -> out.addAll(refuseUsed(r, d, ctx.before())));
        out.addAll(retype);
        return out;
    }
}
