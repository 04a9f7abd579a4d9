package org.sqlbundle.compiler.internal.render.mysql;

import java.util.List;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.source.Fields;

/** MySQL and MariaDB can't key a BLOB/TEXT/JSON column without a prefix length, which the format can't say. */
final class Keys {

    private Keys() {
    }

    static void requireIndexable(MysqlRenderer renderer, Op op, Table table, List<String> columns, String what) {
        for (String c : columns) {
            table.column(c).filter(col -> MysqlRenderer.isLob(col.type())).ifPresent(col -> {
                throw Fields.error(op.pos(), "E201", op.opName() + " on " + renderer.dialect() + ": " + what + " of "
                        + table.name() + " uses column " + c + " of type " + col.type() + ", which "
                        + renderer.dialect() + " can't index", "use string(n) for keyed columns");
            });
        }
    }
}
