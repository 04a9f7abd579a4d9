package org.sqlbundle.compiler.ops;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.model.Column;
import org.sqlbundle.compiler.model.EnumType;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.model.Table;
import org.sqlbundle.compiler.source.SourcePos;

/** What add_enum_value and drop_enum_value share: the enum they change and the columns that change with it. */
public final class EnumValues {

    /** One column of the enum's type, with its table (renderers alter or rebuild each). */
    public record Use(Table table, Column column) {
    }

    private EnumValues() {
    }

    static EnumType enumType(Schema schema, String name, SourcePos pos, String opName) {
        return schema.enumType(name).orElseThrow(() -> ModelCheck.fail(pos, "E134", opName + ": enum type '" + name
                + "' does not exist at this point of the chain", schema.enums().isEmpty()
                ? "create it first: - create_enum: {name: " + name + ", values: [...]}"
                : "enum types here: " + String.join(", ", schema.enums().keySet())));
    }

    /** Every column of enum type {@code name}, tables and columns in model order. */
    public static List<Use> uses(Schema schema, String name) {
        List<Use> out = new ArrayList<>();
        for (Table t : schema.tablesUsingEnum(name)) {
            for (Column c : t.columns()) {
                if (c.type().isEnum() && c.type().enumName().equals(name)) {
                    out.add(new Use(t, c));
                }
            }
        }
        return out;
    }
}
