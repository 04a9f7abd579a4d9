package org.sqlbundle.compiler.internal.render.sqlite;

import java.util.List;

/**
 * Test fixture: op scripts that together exercise every op on SQLite, each starting from an empty database.
 * {@code check} is a query run after the forward script and {@code expected} its output (rows joined by
 * newlines, columns by '|'), so data that must survive a table rebuild is seen to survive it.
 */
final class SqliteCells {

    record Cell(String name, String yaml, String check, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SqliteCells() {
    }

    private static final String ORDER = """
            - create_enum: {name: status, values: [new, "it's", done]}
            - create_table:
                name: order
                comment: "orders; free text"
                columns:
                  - {name: id, type: integer, primary_key: true, autoincrement: true}
                  - {name: group, type: string(20), nullable: false, default: "it's"}
                  - {name: 'a"b', type: text, comment: "quoted name"}
                  - {name: flag, type: boolean, default: true}
                  - {name: amount, type: "decimal(10,2)", default: 1.5}
                  - {name: made, type: datetime, default: {expr: current_timestamp}}
                  - {name: day, type: date}
                  - {name: ts, type: timestamp}
                  - {name: big, type: bigint}
                  - {name: small, type: smallint}
                  - {name: f, type: float}
                  - {name: d, type: double}
                  - {name: bin, type: blob}
                  - {name: doc, type: json}
                  - {name: state, type: enum(status), default: new}
                unique: [{name: uq_order_group, columns: [group]}]
                checks: [{name: ck_order_amount, expression: "amount >= 0"}]
            - insert:
                table: order
                rows:
                  - {id: 1, group: "o'neil", 'a"b': x, flag: false, state: "it's"}
                  - {id: 2, group: g2, amount: 3}
            """;

    static List<Cell> all() {
        return List.of(
                new Cell("create_table with every type, keywords, enum, defaults, insert", ORDER,
                        "SELECT id, \"group\", \"a\"\"b\", flag, amount, state, made IS NOT NULL FROM \"order\" ORDER BY id",
                        "1|o'neil|x|0|1.5|it's|1\n2|g2||1|3|new|1"),
                new Cell("create_table with named pk and foreign key; drop_table", ORDER + """
                        - create_table:
                            name: user
                            columns: [{name: id, type: integer}, {name: order_id, type: integer}]
                            primary_key: {name: pk_user, columns: [id]}
                            foreign_keys:
                              - {name: fk_user_order, columns: [order_id], references: {table: order, columns: [id]}, on_delete: set null, on_update: cascade}
                        - insert: {table: user, rows: [{id: 7, order_id: 1}]}
                        - drop_table: {name: user}
                        """, "SELECT count(*) FROM sqlite_master WHERE name = 'user'", "0"),
                new Cell("rename_table carries foreign keys along", ORDER + """
                        - create_table:
                            name: user
                            columns: [{name: id, type: integer, primary_key: true}, {name: order_id, type: integer}]
                            foreign_keys: [{name: fk_user_order, columns: [order_id], references: {table: order, columns: [id]}}]
                        - rename_table: {name: order, to: group}
                        """, "SELECT \"table\" FROM pragma_foreign_key_list('user')", "group"),
                new Cell("add_column natively and by rebuild", ORDER + """
                        - add_column: {table: order, column: {name: note, type: string(50), default: "n'a"}}
                        - add_column: {table: order, column: {name: seen, type: timestamp, default: {expr: current_timestamp}}}
                        - add_column: {table: order, column: {name: rank, type: integer, nullable: false, default: 5}}
                        - add_column: {table: order, column: {name: later, type: enum(status)}}
                        """, "SELECT id, note, seen IS NOT NULL, rank, later IS NULL FROM \"order\" ORDER BY id",
                        "1|n'a|1|5|1\n2|n'a|1|5|1"),
                new Cell("add_column NOT NULL without default on an empty table", """
                        - create_table: {name: user, columns: [{name: id, type: integer, primary_key: true}]}
                        - add_column: {table: user, column: {name: email, type: string(100), nullable: false}}
                        """, "SELECT name, \"notnull\" FROM pragma_table_info('user') ORDER BY cid", "id|1\nemail|1"),
                new Cell("drop_column, including an enum column", ORDER + """
                        - drop_column: {table: order, name: doc}
                        - drop_column: {table: order, name: state}
                        """, "SELECT count(*) FROM pragma_table_info('order')", "13"),
                new Cell("alter_column every part, rows survive", ORDER + """
                        - alter_column: {table: order, name: 'a"b', type: string(10), default: z}
                        - alter_column: {table: order, name: flag, nullable: false}
                        - alter_column: {table: order, name: amount, default: null}
                        - alter_column: {table: order, name: day, rename_to: when}
                        - alter_column: {table: order, name: state, rename_to: phase, nullable: false}
                        - alter_column: {table: order, name: small, type: bigint, destructive: true}
                        """, "SELECT id, \"group\", \"a\"\"b\", phase FROM \"order\" ORDER BY id",
                        "1|o'neil|x|it's\n2|g2||new"),
                new Cell("create_index, drop_index, indexes survive a rebuild", ORDER + """
                        - create_index: {name: ix_order_day, table: order, columns: [day, ts]}
                        - create_index: {name: 'ux"group', table: order, columns: [group, big], unique: true}
                        - alter_column: {table: order, name: f, type: double}
                        - drop_index: {name: ix_order_day}
                        """, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", "ux\"group"),
                new Cell("composite foreign key with cascade: add_foreign_key, drop_constraint", """
                        - create_table:
                            name: group
                            columns: [{name: a, type: integer}, {name: b, type: string(5)}]
                            primary_key: {name: pk_group, columns: [a, b]}
                        - create_table:
                            name: user
                            columns: [{name: id, type: integer, primary_key: true}, {name: ga, type: integer}, {name: gb, type: string(5)}]
                        - insert: {table: group, rows: [{a: 1, b: x}]}
                        - insert: {table: user, rows: [{id: 1, ga: 1, gb: x}, {id: 2}]}
                        - add_foreign_key: {table: user, name: fk_user_group, columns: [ga, gb], references: {table: group, columns: [a, b]}, on_delete: cascade}
                        - create_table:
                            name: order
                            columns: [{name: id, type: integer, primary_key: true}, {name: ga, type: integer}, {name: gb, type: string(5)}]
                            foreign_keys: [{name: fk_order_group, columns: [ga, gb], references: {table: group, columns: [a, b]}}]
                        - drop_constraint: {table: order, name: fk_order_group}
                        """, "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('user') ORDER BY seq",
                        "group|ga|a|CASCADE\ngroup|gb|b|CASCADE"),
                new Cell("add_unique, add_check, drop_constraint of each kind", ORDER + """
                        - add_unique: {table: order, name: uq_order_big, columns: [big, small]}
                        - add_check: {table: order, name: ck_order_f, expression: "f IS NULL OR f > 0"}
                        - drop_constraint: {table: order, name: uq_order_group}
                        - drop_constraint: {table: order, name: ck_order_amount}
                        """, "SELECT count(*) FROM \"order\"", "2"),
                new Cell("views survive a rebuild of their table", ORDER + """
                        - create_view: {name: order_view, sql: 'SELECT id, "group" FROM "order";'}
                        - create_view: {name: view_of_view, sql: "SELECT id FROM order_view", dialects: {sqlite: 'SELECT id FROM "order_view"  ;'}}
                        - alter_column: {table: order, name: big, default: 0}
                        - create_view: {name: user, sql: "SELECT 1 AS one"}
                        - drop_view: {name: user}
                        """, "SELECT * FROM view_of_view ORDER BY id", "1\n2"),
                new Cell("enum types come and go; checks follow the column", """
                        - create_enum: {name: mood, values: [up, down]}
                        - create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}]}
                        - add_column: {table: t, column: {name: m, type: enum(mood), default: up}}
                        - insert: {table: t, rows: [{id: 1}]}
                        - alter_column: {table: t, name: m, rename_to: feeling}
                        - drop_column: {table: t, name: feeling}
                        - drop_enum: {name: mood}
                        """, "SELECT * FROM t", "1"),
                new Cell("quotes in every kind of name", """
                        - create_table:
                            name: 'a"b'
                            columns: [{name: 'c"d', type: integer, primary_key: true}, {name: "it's", type: string(9)}]
                        - create_table:
                            name: 'e"f'
                            columns: [{name: id, type: integer, primary_key: true}, {name: 'ref"', type: integer}]
                            foreign_keys: [{name: 'fk"1', columns: ['ref"'], references: {table: 'a"b', columns: ['c"d']}}]
                        - create_index: {name: 'ix"it', table: 'e"f', columns: ['ref"']}
                        - insert: {table: 'a"b', rows: [{'c"d': 1, "it's": "'"}]}
                        - insert: {table: 'e"f', rows: [{id: 1, 'ref"': 1}]}
                        - alter_column: {table: 'e"f', name: 'ref"', nullable: false}
                        - add_check: {table: 'a"b', name: 'ck"x', expression: "\\"it's\\" <> ''"}
                        """, "SELECT \"ref\"\"\" FROM \"e\"\"f\"", "1"));
    }
}
