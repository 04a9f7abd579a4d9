package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sqlbundle.compiler.internal.ops.OpFixture.BASE;
import static org.sqlbundle.compiler.internal.ops.OpFixture.apply;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.testing.OpScript;

/** The happy path of every op: what the model looks like after it. */
class OpApplyTest {

    private static Table table(Schema s, String name) {
        return s.table(name).orElseThrow();
    }

    @Test
    void baseSchemaIsAsWritten() {
        Table pools = table(BASE, "pools");
        assertEquals(List.of("id", "name", "code", "status", "weight"),
                pools.columns().stream().map(Column::name).toList());
        assertEquals(List.of("id"), pools.primaryKey().orElseThrow().columns());
        assertFalse(pools.column("id").orElseThrow().nullable());
        assertTrue(pools.column("id").orElseThrow().autoincrement());
        assertEquals("uq_pools_code", pools.uniques().get(0).name());
        assertEquals(Optional.of(Literal.string("active")), pools.column("status").orElseThrow().defaultValue());
        ForeignKey fk = table(BASE, "members").foreignKeys().get(0);
        assertEquals(ForeignKey.Action.CASCADE, fk.onDelete());
        assertEquals(ForeignKey.Action.NO_ACTION, fk.onUpdate());
        assertEquals("members", BASE.index("ix_members_port").orElseThrow().table());
        assertTrue(BASE.view("v_pools").isPresent());
    }

    @Test
    void createTableAndDropTable() {
        Schema s = apply("""
                - create_table: {name: hosts, columns: [{name: id, type: bigint}]}
                """);
        assertEquals(PortableType.of(PortableType.Kind.BIGINT), table(s, "hosts").columns().get(0).type());
        assertTrue(table(s, "hosts").columns().get(0).nullable());
        Schema dropped = apply("- drop_index: {name: ix_members_port}\n- drop_table: {name: members}\n");
        assertTrue(dropped.table("members").isEmpty());
        assertTrue(dropped.index("ix_members_port").isEmpty());
    }

    @Test
    void dropTableRemovesItsIndexesFromTheSchemaWideNames() {
        Schema s = apply("- drop_table: {name: members}\n"
                + "- create_index: {name: ix_members_port, table: pools, columns: [weight]}\n");
        assertEquals("pools", s.index("ix_members_port").orElseThrow().table());
    }

    @Test
    void renameTableMovesIndexesAndForeignKeys() {
        Schema s = apply("- rename_table: {name: pools, to: lb_pools}\n- rename_table: {name: members, to: lb_members}\n");
        assertTrue(s.table("pools").isEmpty());
        assertEquals("lb_pools", table(s, "lb_members").foreignKeys().get(0).refTable());
        assertEquals("lb_members", s.index("ix_members_port").orElseThrow().table());
    }

    @Test
    void addAndDropColumn() {
        Schema s = apply("""
                - add_column: {table: pools, column: {name: created, type: timestamp, default: {expr: current_timestamp}}}
                - drop_column: {table: members, name: note}
                """);
        assertEquals(Optional.of(Literal.CURRENT_TIMESTAMP), table(s, "pools").column("created").orElseThrow()
                .defaultValue());
        assertEquals("created", table(s, "pools").columns().get(5).name());
        assertFalse(table(s, "members").hasColumn("note"));
    }

    @Test
    void alterColumnChangesOnlyWhatItSays() {
        Schema s = apply("""
                - alter_column: {table: pools, name: name, type: string(128)}
                - alter_column: {table: pools, name: weight, nullable: false, default: 1}
                - alter_column: {table: pools, name: status, default: null}
                """);
        Table pools = table(s, "pools");
        Column name = pools.column("name").orElseThrow();
        assertEquals("string(128)", name.type().toString());
        assertFalse(name.nullable());
        Column weight = pools.column("weight").orElseThrow();
        assertFalse(weight.nullable());
        assertEquals(Optional.of(Literal.number("1")), weight.defaultValue());
        assertEquals(Optional.empty(), pools.column("status").orElseThrow().defaultValue());
    }

    @Test
    void renamingAColumnCarriesKeysConstraintsIndexesAndReferences() {
        Schema s = apply("""
                - alter_column: {table: pools, name: id, rename_to: pool_id}
                - alter_column: {table: pools, name: weight, rename_to: w}
                - alter_column: {table: pools, name: code, rename_to: c}
                - alter_column: {table: members, name: port, rename_to: p}
                """);
        Table pools = table(s, "pools");
        assertEquals(List.of("pool_id"), pools.primaryKey().orElseThrow().columns());
        assertEquals("w >= 0", pools.checks().get(0).expression());
        assertEquals(List.of("c"), pools.uniques().get(0).columns());
        assertEquals(List.of("pool_id"), table(s, "members").foreignKeys().get(0).refColumns());
        assertEquals(List.of("p"), s.index("ix_members_port").orElseThrow().columns());
    }

    @Test
    void indexes() {
        Schema s = apply("""
                - create_index: {name: ix_pools_nw, table: pools, columns: [name, weight], unique: true}
                - drop_index: {name: ix_members_port}
                """);
        assertTrue(s.index("ix_pools_nw").orElseThrow().unique());
        assertEquals(List.of("name", "weight"), s.index("ix_pools_nw").orElseThrow().columns());
        assertTrue(s.index("ix_members_port").isEmpty());
        assertTrue(table(s, "members").indexes().isEmpty());
    }

    @Test
    void constraints() {
        Schema s = apply("""
                - add_unique: {table: pools, name: uq_pools_name, columns: [name]}
                - add_check: {table: members, name: ck_port, expression: "port > 0"}
                - add_foreign_key: {table: members, name: fk_members_code, columns: [pool_code], references: {table: pools, columns: [code]}, on_delete: set null}
                - drop_constraint: {table: pools, name: ck_pools_weight}
                """);
        Table pools = table(s, "pools");
        assertEquals(List.of("uq_pools_code", "uq_pools_name"), pools.uniques().stream().map(u -> u.name()).toList());
        assertTrue(pools.checks().isEmpty());
        assertEquals("port > 0", table(s, "members").checks().get(0).expression());
        ForeignKey fk = table(s, "members").foreignKeys().get(1);
        assertEquals(ForeignKey.Action.SET_NULL, fk.onDelete());
        assertEquals("pools", fk.refTable());
        Schema noFk = OpScript.apply(s, OpScript.ops("- drop_constraint: {table: members, name: fk_members_code}"));
        assertEquals(1, table(noFk, "members").foreignKeys().size());
    }

    @Test
    void enumsAndViews() {
        Schema s = apply("""
                - create_enum: {name: proto, values: [tcp, udp]}
                - add_column: {table: members, column: {name: proto, type: enum(proto), default: udp}}
                - create_view: {name: v_members, sql: "select id from members", dialects: {sqlite: "select 1"}}
                - drop_view: {name: v_pools}
                """);
        assertEquals(List.of("tcp", "udp"), s.enumType("proto").orElseThrow().labels());
        assertTrue(s.view("v_members").isPresent());
        assertTrue(s.view("v_pools").isEmpty());
        Schema noEnum = OpScript.apply(s, OpScript.ops("- drop_column: {table: members, name: proto}\n"
                + "- drop_enum: {name: proto}"));
        assertTrue(noEnum.enumType("proto").isEmpty());
    }

    @Test
    void dataOpsLeaveTheSchemaAlone() {
        List<Op> ops = OpScript.ops("""
                - insert: {table: pools, rows: [{name: a, status: disabled}, {id: 7, name: b}]}
                - delete: {table: pools, where: [{id: 7}]}
                - sql: {sql: "update pools set weight = 1"}
                """);
        for (Op op : ops) {
            assertSame(BASE, op.apply(BASE));
        }
    }

    @Test
    void insertReverseDeletesByKey() {
        Insert insert = (Insert) OpScript.ops("- insert: {table: members, rows: [{id: 1, pool_id: 2}]}").get(0);
        Reversal undo = insert.reverse(BASE);
        Delete delete = (Delete) undo.ops().get(0);
        assertEquals(List.of(java.util.Map.of("id", Literal.number("1"))), delete.keys());
        Insert noKey = (Insert) OpScript.ops("- insert: {table: members, rows: [{pool_id: 2}]}").get(0);
        assertFalse(noKey.reverse(BASE).isReversible());
        assertFalse(delete.reverse(BASE).isReversible());
    }

    @Test
    void destructiveReasons() {
        Schema s = BASE;
        assertTrue(OpScript.ops("- drop_table: {name: members}").get(0).destructiveReason(s).isPresent());
        assertTrue(OpScript.ops("- drop_column: {table: members, name: note}").get(0).destructiveReason(s).isPresent());
        assertTrue(OpScript.ops("- alter_column: {table: pools, name: name, type: string(10)}").get(0)
                .destructiveReason(s).isPresent());
        assertFalse(OpScript.ops("- alter_column: {table: pools, name: name, type: string(100)}").get(0)
                .destructiveReason(s).isPresent());
        assertTrue(OpScript.ops("- alter_column: {table: pools, name: name, nullable: true, destructive: true}").get(0)
                .destructiveReason(s).isPresent());
        assertFalse(OpScript.ops("- create_index: {name: i, table: pools, columns: [name]}").get(0)
                .destructiveReason(s).isPresent());
    }
}
