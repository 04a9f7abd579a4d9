package org.sqlbundle.compiler.internal.ops;

import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.errors.SourcePos;

/** Rules every column definition must satisfy, wherever it appears (create_table, add_column, alter_column). */
final class Columns {

    private Columns() {
    }

    static void validate(Schema schema, String table, Column c, SourcePos pos, String opName) {
        String where = opName + " " + table + "." + c.name();
        if (c.type().isEnum() && schema.enumType(c.type().enumName()).isEmpty()) {
            throw ModelCheck.fail(pos, "E107", where + ": enum type '" + c.type().enumName() + "' does not exist",
                    "create it first with create_enum");
        }
        if (c.autoincrement() && !c.type().isInteger()) {
            throw ModelCheck.fail(pos, "E108", where + ": autoincrement needs an integer, bigint or smallint column",
                    null);
        }
        c.defaultValue().ifPresent(d -> {
            if (d.isNull() && !c.nullable()) {
                throw ModelCheck.fail(pos, "E109", where + ": default null on a NOT NULL column", null);
            }
            if (c.type().isEnum() && d.kind() == org.sqlbundle.compiler.internal.model.Literal.Kind.STRING
                    && !schema.enumType(c.type().enumName()).get().labels().contains(d.text())) {
                throw ModelCheck.fail(pos, "E109", where + ": default '" + d.text() + "' is not a label of enum "
                        + c.type().enumName(), "labels: " + schema.enumType(c.type().enumName()).get().labels());
            }
            if (d.kind() == org.sqlbundle.compiler.internal.model.Literal.Kind.CURRENT_TIMESTAMP
                    && c.type().kind() != PortableType.Kind.DATETIME && c.type().kind() != PortableType.Kind.TIMESTAMP) {
                throw ModelCheck.fail(pos, "E109", where + ": current_timestamp default needs a datetime or timestamp "
                        + "column", null);
            }
        });
    }
}
