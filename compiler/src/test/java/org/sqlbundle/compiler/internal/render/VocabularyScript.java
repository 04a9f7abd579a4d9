package org.sqlbundle.compiler.internal.render;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * One script using every op of the vocabulary, with the awkward cases: tables named {@code order},
 * {@code user}, {@code group}, a column name holding a double quote, an enum column, a composite foreign
 * key with ON DELETE CASCADE, defaults (current_timestamp too), comments and strings with quotes and
 * backslashes, MySQL table options (an engine that ignores foreign keys, then converted). Dialect tests render it forward and reversed.
 */
public final class VocabularyScript {

    public static final String YAML = """
            - create_enum: {name: mood, values: [happy, "it's ok"]}
            - create_table:
                name: group
                comment: "it's a \\"group\\""
                columns:
                  - {name: tenant, type: string(36)}
                  - {name: id, type: integer}
                  - {name: "na\\"me", type: string(50), nullable: false, default: "o'neil", comment: "the 'name'"}
                  - {name: created, type: timestamp, nullable: false, default: {expr: current_timestamp}}
                primary_key: {columns: [tenant, id]}
            - create_table:
                name: user
                columns:
                  - {name: id, type: bigint, primary_key: true, autoincrement: true}
                  - {name: tenant, type: string(36), nullable: false}
                  - {name: group_id, type: integer, nullable: false}
                  - {name: mood, type: enum(mood), default: happy}
                  - {name: active, type: boolean, nullable: false, default: true}
                  - {name: score, type: "decimal(10,2)", default: 1.50}
                  - {name: bio, type: text, comment: "free text, it's long"}
                  - {name: data, type: json}
                  - {name: avatar, type: binary}
                  - {name: born, type: date}
                  - {name: seen, type: datetime}
                  - {name: ratio, type: float}
                  - {name: weight, type: double}
                  - {name: rank, type: smallint, unique: true}
                foreign_keys:
                  - name: fk_user_group
                    columns: [tenant, group_id]
                    references: {table: group, columns: [tenant, id]}
                    on_delete: cascade
                checks:
                  - {name: ck_user_weight, expression: "weight >= 0"}
            - rename_table: {name: user, to: order}
            - add_column: {table: order, column: {name: note, type: string(20), default: "a'b", comment: "it's a note"}}
            - alter_column: {table: order, name: note, type: string(40), nullable: false, default: "c'd"}
            - alter_column: {table: order, name: note, rename_to: remark}
            - alter_column: {table: order, name: mood, default: null}
            - create_index: {name: ix_order_tenant, table: order, columns: [tenant, remark]}
            - create_index: {name: ux_order_born, table: order, columns: [born], unique: true}
            - add_unique: {table: order, name: uq_order_seen, columns: [seen]}
            - add_check: {table: order, name: ck_order_score, expression: "score >= 0"}
            - create_table:
                name: tag
                table_options: {engine: myisam, charset: utf8mb4, collation: utf8mb4_unicode_ci}
                columns:
                  - {name: id, type: integer, primary_key: true}
                  - {name: order_id, type: bigint}
            - alter_table_options: {table: tag, engine: InnoDB, charset: latin1}
            - add_foreign_key:
                table: tag
                name: fk_tag_order
                columns: [order_id]
                references: {table: order, columns: [id]}
                on_delete: set null
            - create_view:
                name: v_order
                sql: 'select "id", "tenant" from "order"'
                dialects: {mysql: 'select `id`, `tenant` from `order`', mariadb: 'select `id`, `tenant` from `order`'}
            - insert: {table: group, rows: [{tenant: "t'1", id: 1, "na\\"me": "it's"}]}
            - insert:
                table: order
                rows:
                  - {id: 10, tenant: "t'1", group_id: 1, mood: "it's ok", remark: "x\\\\y'z", data: '{"a": 1}'}
            - delete: {table: group, where: [{tenant: "t'1", id: 1}]}
            - sql:
                sql: 'update "group" set "id" = "id" where "tenant" = ''t''''1'';'
                dialects: {mysql: "update `group` set `id` = `id`", mariadb: "update `group` set `id` = `id`"}
            - add_enum_value: {name: mood, value: "it's \\"new\\"", before: happy}
            - drop_enum_value: {name: mood, value: "it's \\"new\\""}
            - drop_constraint: {table: order, name: ck_order_score}
            - drop_constraint: {table: order, name: uq_order_seen}
            - drop_constraint: {table: tag, name: fk_tag_order}
            - drop_constraint: {table: tag, name: tag_pkey}
            - create_primary_key: {table: tag, name: pk_tag, columns: [id], dialect_names: {postgresql: tag_pkey}}
            - drop_index: {name: ux_order_born}
            - drop_view: {name: v_order}
            - drop_column: {table: order, name: avatar}
            - drop_table: {name: tag}
            - create_enum: {name: spare, values: [a, b]}
            - drop_enum: {name: spare}
            """;

    private VocabularyScript() {
    }

    public static List<Op> ops() {
        return OpScript.ops(YAML);
    }

    /** Op names the script does not use; a test asserts it is empty, so a new op can't go untested. */
    public static Set<String> missingOps() {
        Set<String> missing = new TreeSet<>(OpReader.OP_NAMES);
        ops().forEach(op -> missing.remove(op.opName()));
        return missing;
    }
}
