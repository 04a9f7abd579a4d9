package org.sqlbundle.catalog.expect;

import java.util.List;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * Names that need quoting (keywords, mixed case) in every place a name appears: tables, columns, index and key
 * columns, enum types; with negative number defaults (PostgreSQL prints those quoted) and every FK action.
 */
final class AwkwardNamesScript {

    static final String YAML = """
            - create_enum: {name: state, values: [up, "down'ish"]}
            - create_table:
                name: user
                columns:
                  - {name: order, type: integer, primary_key: true}
                  - {name: group, type: string(20), nullable: false, unique: true}
                  - {name: select, type: enum(state), default: up}
                  - {name: Mixed, type: smallint, default: -3}
            - create_table:
                name: order
                primary_key: {name: pk_order, columns: [id]}
                columns:
                  - {name: id, type: integer}
                  - {name: user, type: integer}
                  - {name: from, type: "decimal(8,3)", default: -1.5}
                  - {name: to, type: integer, default: 7}
                  - {name: at, type: datetime, default: {expr: current_timestamp}}
                foreign_keys:
                  - {name: fk_order_user, columns: [user], references: {table: user, columns: [order]},
                     on_delete: set null, on_update: cascade}
                  - {name: fk_order_self, columns: [to], references: {table: order, columns: [id]},
                     on_delete: restrict, on_update: no action}
            - create_index: {name: ix_order_user_from, table: order, columns: [user, from]}
            - create_index: {name: ux_user_group_select, table: user, columns: [group, select], unique: true}
            - alter_column: {table: order, name: from, nullable: false}
            - rename_table: {name: order, to: Orders}
            - alter_column: {table: user, name: select, rename_to: where}
            """;

    private AwkwardNamesScript() {
    }

    static List<Op> ops() {
        return OpScript.ops(YAML);
    }
}
