package org.sqlbundle.catalog.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.compiler.internal.ops.Op;

/** SchemaDiff on hand-built schemas: every op kind, and an order the model accepts (applying the ops gives the target). */
class SchemaDiffTest {

    private static final PortableType ID = PortableType.parse("string(36)");

    private static Column col(String name, String type) {
        return new Column(name, PortableType.parse(type), true, Optional.empty(), false, Optional.empty());
    }

    private static Column key(String name) {
        return new Column(name, ID, false, Optional.empty(), false, Optional.empty());
    }

    private static Table table(String name, List<Column> columns) {
        return new Table(name, columns, Optional.of(new PrimaryKey("", List.of(columns.get(0).name()))), List.of(),
                List.of(), List.of(), List.of(), Optional.empty());
    }

    private static ForeignKey fk(String name, String column, String refTable) {
        return new ForeignKey(name, List.of(column), refTable, List.of("id"), ForeignKey.Action.CASCADE,
                ForeignKey.Action.NO_ACTION);
    }

    private static Schema schema(List<EnumType> enums, List<Table> tables, List<View> views) {
        Schema s = Schema.EMPTY;
        for (EnumType e : enums) {
            s = s.withEnum(e);
        }
        for (Table t : tables) {
            s = s.withTable(t);
        }
        for (View v : views) {
            s = s.withView(v);
        }
        return s;
    }

    /** The ops, checked the way a revision is: each applies to the schema before it, and the end is {@code to}. */
    private static List<String> diff(Schema from, Schema to) {
        SchemaDiff.Result result = SchemaDiff.between(from, to);
        Schema s = from;
        for (Op op : result.ops()) {
            s = op.apply(s);
        }
        assertEquals(to, s, "the ops do not lead to the target schema: " + result.ops());
        return result.ops().stream().map(Op::describe).toList();
    }

    @Test
    void equalSchemasGiveNoOps() {
        Schema s = schema(List.of(), List.of(table("pools", List.of(key("id")))), List.of());
        assertTrue(SchemaDiff.between(s, s).isEmpty());
    }

    @Test
    void everyTableAndColumnOp() {
        Table pools = table("pools", List.of(key("id"), col("name", "string(255)"), col("gone", "text"),
                col("weight", "integer")));
        Table oldTable = table("old_stuff", List.of(key("id")));
        Schema from = schema(List.of(), List.of(pools, oldTable), List.of());
        Column weight = new Column("weight", PortableType.parse("bigint"), false, Optional.of(Literal.number("1")),
                false, Optional.empty());
        Table livePools = table("pools", List.of(key("id"), col("name", "string(255)"), weight,
                col("added", "boolean").withDefault(Optional.of(Literal.bool(true)))));
        Table audit = table("audit", List.of(key("id"), key("pool_id")))
                .withForeignKeys(List.of(fk("fk_audit_pools", "pool_id", "pools")))
                .withUniques(List.of(new UniqueConstraint("uq_audit_pool", List.of("pool_id"))))
                .withChecks(List.of(new CheckConstraint("ck_audit_id", "id <> ''")))
                .withIndexes(List.of(new Index("ix_audit_pool", "audit", List.of("pool_id"), false)));
        Schema to = schema(List.of(), List.of(livePools, audit), List.of());
        assertEquals(List.of("drop_table old_stuff", "create_table audit", "create_index ix_audit_pool on audit[pool_id]",
                "drop_column pools.gone", "alter_column pools.weight type bigint, not null, default 1",
                "add_column pools.added boolean"), diff(from, to));
    }

    @Test
    void indexesAndConstraintsOnAKeptTable() {
        Table before = table("pools", List.of(key("id"), col("name", "string(255)"), col("tenant", "string(36)")))
                .withIndexes(List.of(new Index("ix_old", "pools", List.of("tenant"), false),
                        new Index("ix_changed", "pools", List.of("name"), false)))
                .withUniques(List.of(new UniqueConstraint("uq_gone", List.of("name"))))
                .withChecks(List.of(new CheckConstraint("ck_gone", "name <> ''")));
        Table after = before
                .withIndexes(List.of(new Index("ix_changed", "pools", List.of("name", "tenant"), true),
                        new Index("ix_new", "pools", List.of("tenant"), false)))
                .withUniques(List.of(new UniqueConstraint("uq_new", List.of("tenant", "name"))))
                .withChecks(List.of(new CheckConstraint("ck_new", "tenant <> ''")));
        List<String> ops = diff(schema(List.of(), List.of(before), List.of()), schema(List.of(), List.of(after),
                List.of()));
        assertEquals(List.of("drop_index ix_old", "drop_index ix_changed", "drop_constraint pools.uq_gone",
                "drop_constraint pools.ck_gone", "create_index ix_changed on pools[name, tenant] unique",
                "create_index ix_new on pools[tenant]", "add_unique pools.uq_new [tenant, name]", "add_check pools.ck_new"), ops);
    }

    @Test
    void foreignKeysAreDroppedBeforeTheirTablesAndAddedAfterTheirColumns() {
        Table parent = table("parent", List.of(key("id")));
        Table child = table("child", List.of(key("id"), key("parent_id")))
                .withForeignKeys(List.of(fk("fk_child_parent", "parent_id", "parent")));
        Table other = table("other", List.of(key("id")));
        Schema from = schema(List.of(), List.of(parent, child, other), List.of());
        // parent goes away; child now points at other through a new column
        Table liveChild = table("child", List.of(key("id"), key("parent_id"), key("other_id")))
                .withForeignKeys(List.of(fk("fk_child_other", "other_id", "other")));
        Schema to = schema(List.of(), List.of(liveChild, other), List.of());
        assertEquals(List.of("drop_constraint child.fk_child_parent", "drop_table parent",
                "add_column child.other_id string(36)", "add_foreign_key child.fk_child_other -> other"), diff(from, to));
    }

    @Test
    void droppedTablesGoReferencingFirstAndNewOnesReferencedFirst() {
        Table a = table("a_parent", List.of(key("id")));
        Table b = table("b_child", List.of(key("id"), key("a_id"))).withForeignKeys(List.of(fk("fk_b_a", "a_id",
                "a_parent")));
        Table c = table("c_grandchild", List.of(key("id"), key("b_id"))).withForeignKeys(List.of(fk("fk_c_b", "b_id",
                "b_child")));
        Schema none = schema(List.of(), List.of(), List.of());
        Schema all = schema(List.of(), List.of(c, b, a), List.of());
        assertEquals(List.of("create_table a_parent", "create_table b_child", "create_table c_grandchild"),
                diff(none, all));
        assertEquals(List.of("drop_table c_grandchild", "drop_table b_child", "drop_table a_parent"),
                diff(all, none));
    }

    @Test
    void aCycleOfNewTablesGetsOneKeyAfterwards() {
        Table x = table("x", List.of(key("id"), key("y_id"))).withForeignKeys(List.of(fk("fk_x_y", "y_id", "y")));
        Table y = table("y", List.of(key("id"), key("x_id"))).withForeignKeys(List.of(fk("fk_y_x", "x_id", "x")));
        Schema none = schema(List.of(), List.of(), List.of());
        Schema both = schema(List.of(), List.of(x, y), List.of());
        assertEquals(List.of("create_table x", "create_table y", "add_foreign_key x.fk_x_y -> y"), diff(none, both));
        assertEquals(List.of("drop_constraint y.fk_y_x", "drop_table x", "drop_table y"), diff(both, none));
    }

    @Test
    void enumsComeBeforeTheirColumnsAndGoAfterThem() {
        EnumType kind = new EnumType("audit_kind", List.of("a", "b"));
        EnumType old = new EnumType("old_kind", List.of("x"));
        Table t = table("t", List.of(key("id"), col("k", "enum(old_kind)")));
        Schema from = schema(List.of(old), List.of(t), List.of());
        Schema to = schema(List.of(kind), List.of(table("t", List.of(key("id"), col("k2", "enum(audit_kind)")))),
                List.of());
        assertEquals(List.of("create_enum audit_kind [a, b]", "drop_column t.k", "add_column t.k2 enum(audit_kind)",
                "drop_enum old_kind"), diff(from, to));
    }

    @Test
    void viewsAreDroppedFirstAndCreatedLast() {
        Table t = table("t", List.of(key("id")));
        View old = new View("v_old", "select id from t", Map.of());
        View added = new View("v_new", "select id from u", Map.of());
        Schema from = schema(List.of(), List.of(t), List.of(old));
        Schema to = schema(List.of(), List.of(table("u", List.of(key("id")))), List.of(added));
        assertEquals(List.of("drop_view v_old", "drop_table t", "create_table u", "create_view v_new"),
                diff(from, to));
    }

    @Test
    void whatNoOpExpressesBecomesANote() {
        Table t = table("t", List.of(key("id"), key("other")));
        Table rekeyed = t.withPrimaryKey(Optional.of(new PrimaryKey("", List.of("other"))));
        EnumType kind = new EnumType("kind", List.of("a"));
        SchemaDiff.Result result = SchemaDiff.between(schema(List.of(kind), List.of(t), List.of()),
                schema(List.of(new EnumType("kind", List.of("a", "b"))), List.of(rekeyed), List.of()));
        assertTrue(result.ops().isEmpty(), result.ops().toString());
        assertEquals(2, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().get(0).contains("enum type kind has labels [a, b]"), result.notes().toString());
        assertTrue(result.notes().get(1).contains("the primary key of t is [other] in the database and [id] in the"),
                result.notes().toString());
    }

    @Test
    void aRenamedPrimaryKeyIsANoteToo() {
        Table t = table("t", List.of(key("id")));
        Table named = t.withPrimaryKey(Optional.of(new PrimaryKey("pk_t", List.of("id"))));
        SchemaDiff.Result result = SchemaDiff.between(schema(List.of(), List.of(t), List.of()),
                schema(List.of(), List.of(named), List.of()));
        assertEquals(List.of("the primary key of t is [id] named pk_t in the database and [id] in the model; no op "
                + "changes a primary key: write a sql op"), result.notes());
    }
}
