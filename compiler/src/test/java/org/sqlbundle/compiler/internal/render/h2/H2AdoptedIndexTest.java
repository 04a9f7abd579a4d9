package org.sqlbundle.compiler.internal.render.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.render.StatementRunner;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * An index (or primary key) a foreign key may have adopted is dropped between dropping and re-adding that key,
 * because H2 refuses to drop an index a key uses (AdoptedIndexes).
 */
class H2AdoptedIndexTest {

    private final H2Renderer h2 = new H2Renderer();

    /** The example chain's shape: a key in create_table, an index on its column, a later column added. */
    private static final String CHAIN = """
            - create_table: {name: accounts, columns: [{name: id, type: integer, primary_key: true}]}
            - create_table:
                name: invoices
                columns: [{name: id, type: integer, primary_key: true}, {name: account_id, type: integer, nullable: false}]
                foreign_keys: [{name: fk_invoices_accounts, columns: [account_id], references: {table: accounts, columns: [id]}, on_delete: cascade}]
            - create_index: {name: ix_invoices_account_id, table: invoices, columns: [account_id]}
            - add_column: {table: invoices, column: {name: created_at, type: timestamp}}
            """;

    @Test
    void droppingAnIndexOnTheKeysColumnsDropsAndReaddsTheKey() {
        List<String> down = OpScript.renderReverse(h2, Schema.EMPTY, OpScript.ops(CHAIN)).statements();
        assertEquals(List.of(
                "alter table \"invoices\" drop \"created_at\"",
                "alter table \"invoices\" drop constraint \"fk_invoices_accounts\"",
                "drop index \"ix_invoices_account_id\"",
                "alter table \"invoices\" add constraint \"fk_invoices_accounts\" foreign key (\"account_id\") "
                        + "references \"accounts\" (\"id\") on delete cascade",
                "drop table \"invoices\"",
                "drop table \"accounts\""), down);
    }

    @Test
    void onlyAKeyOnExactlyTheIndexedColumnsIsTouched() {
        List<String> sql = OpScript.render(h2, Schema.EMPTY, OpScript.ops("""
                - create_table: {name: p, columns: [{name: id, type: integer, primary_key: true}, {name: id2, type: integer}], unique: [{name: uq, columns: [id, id2]}]}
                - create_table:
                    name: c
                    columns: [{name: a, type: integer}, {name: b, type: integer}, {name: t, type: integer}]
                    foreign_keys:
                      - {name: fk_ab, columns: [a, b], references: {table: p, columns: [id, id2]}}
                      - {name: fk_b, columns: [b], references: {table: p, columns: [id]}}
                - create_index: {name: ix_ba, table: c, columns: [b, a]}
                - create_index: {name: ix_abt, table: c, columns: [a, b, t]}
                - create_index: {name: ix_a, table: c, columns: [a]}
                - drop_index: {name: ix_ba}
                - drop_index: {name: ix_abt}
                - drop_index: {name: ix_a}
                """)).statements();
        assertEquals(List.of(
                "alter table \"c\" drop constraint \"fk_ab\"",
                "drop index \"ix_ba\"",
                "alter table \"c\" add constraint \"fk_ab\" foreign key (\"a\", \"b\") references \"p\" (\"id\", \"id2\")",
                "drop index \"ix_abt\"",
                "drop index \"ix_a\""), sql.subList(5, sql.size()));
    }

    /** Fails without the fix: after the rebuild the key uses the primary key's index, and H2 refuses to drop it. */
    @Test
    void droppingAPrimaryKeyOnTheKeysColumnsDropsAndReaddsTheKey() throws Exception {
        List<String> sql = OpScript.render(h2, Schema.EMPTY, OpScript.ops("""
                - create_table: {name: p, columns: [{name: id, type: integer, primary_key: true}]}
                - create_table:
                    name: c
                    columns: [{name: id, type: integer, primary_key: true}]
                    foreign_keys: [{name: fk_c_p, columns: [id], references: {table: p, columns: [id]}}]
                - add_column: {table: c, column: {name: t, type: integer}}
                - drop_constraint: {table: c, name: c_pkey}
                """)).statements();
        assertEquals(List.of(
                "alter table \"c\" drop constraint \"fk_c_p\"",
                "alter table \"c\" drop primary key",
                "alter table \"c\" add constraint \"fk_c_p\" foreign key (\"id\") references \"p\" (\"id\")"),
                sql.subList(3, sql.size()));
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:adopted_primary_key")) {
            StatementRunner.run(c, sql);
            assertEquals(List.of("FOREIGN KEY"), StatementRunner.column(c,
                    "select constraint_type from information_schema.table_constraints where table_name = 'c'"));
        }
    }

    /** Fails without the fix: the added column rebuilt the table and the rebuilt key adopted the index (90085). */
    @Test
    void theWholeRangeDowngradeRunsOnH2AfterTheKeyAdoptedTheIndex() throws Exception {
        var ops = OpScript.ops(CHAIN);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:adopted_index")) {
            StatementRunner.run(c, OpScript.render(h2, Schema.EMPTY, ops).statements());
            assertEquals(List.of("fk_invoices_accounts ix_invoices_account_id"), StatementRunner.column(c,
                    "select constraint_name || ' ' || index_name from information_schema.table_constraints "
                            + "where constraint_type = 'FOREIGN KEY'"));
            StatementRunner.run(c, OpScript.renderReverse(h2, Schema.EMPTY, ops).statements());
            assertEquals(List.of("0"), StatementRunner.column(c,
                    "select count(*) from information_schema.tables where table_schema = 'PUBLIC'"));
        }
    }
}
