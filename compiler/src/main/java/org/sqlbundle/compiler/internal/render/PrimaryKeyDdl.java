package org.sqlbundle.compiler.internal.render;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.PrimaryKey;

/** ALTER TABLE ... ADD [CONSTRAINT name] PRIMARY KEY, shared by the jOOQ dialects (the ones that name the key). */
public final class PrimaryKeyDdl {

    private PrimaryKeyDdl() {
    }

    /** Named when the model names it; an unnamed key (the undo of dropping one) is named by the server again. */
    public static String add(DSLContext dsl, Dialect dialect, String table, PrimaryKey pk, boolean keepName) {
        var columns = pk.columns().stream().map(DSL::name).toArray(org.jooq.Name[]::new);
        String name = pk.nameOn(dialect);
        var constraint = keepName && !name.isEmpty() ? DSL.constraint(DSL.name(name)).primaryKey(columns)
                : DSL.primaryKey(columns);
        return dsl.alterTable(DSL.name(table)).add(constraint).getSQL();
    }

}
