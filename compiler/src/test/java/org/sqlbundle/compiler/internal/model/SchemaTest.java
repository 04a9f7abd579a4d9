package org.sqlbundle.compiler.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static Table table(String name, Index... indexes) {
        Column id = new Column("id", PortableType.parse("integer"), false, Optional.empty(), false, Optional.empty());
        return new Table(name, List.of(id), Optional.empty(), List.of(), List.of(), List.of(), List.of(indexes),
                Optional.empty());
    }

    @Test
    void indexNamesFollowTheirTable() {
        Schema s = Schema.EMPTY.withTable(table("a", new Index("ix", "a", List.of("id"), false)));
        assertEquals("a", s.index("ix").orElseThrow().table());
        Schema replaced = s.withTable(table("a"));
        assertTrue(replaced.index("ix").isEmpty());
        Schema moved = replaced.withTable(table("b", new Index("ix", "b", List.of("id"), true)));
        assertTrue(moved.index("ix").orElseThrow().unique());
        assertTrue(moved.withoutTable("b").index("ix").isEmpty());
    }

    @Test
    void equalityIsByContentAndImmutable() {
        Schema a = Schema.EMPTY.withTable(table("t")).withEnum(new EnumType("e", List.of("x")));
        Schema b = Schema.EMPTY.withEnum(new EnumType("e", List.of("x"))).withTable(table("t"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b.withView(new View("v", "select 1", Map.of())));
        assertNotEquals(a, a.withoutEnum("e"));
        assertTrue(Schema.EMPTY.isEmpty());
        assertEquals(List.of("t"), List.copyOf(a.tables().keySet()));
    }

    @Test
    void tableConstraintLookups() {
        Table t = new Table("t", table("t").columns(), Optional.of(new PrimaryKey("pk_t", List.of("id"))),
                List.of(new ForeignKey("fk", List.of("id"), "u", List.of("id"), ForeignKey.Action.NO_ACTION,
                        ForeignKey.Action.NO_ACTION)),
                List.of(new UniqueConstraint("uq", List.of("id"))), List.of(new CheckConstraint("ck", "id > 0")),
                List.of(), Optional.empty());
        assertEquals(Optional.of("foreign key"), t.constraintKind("fk"));
        assertEquals(Optional.of("unique constraint"), t.constraintKind("uq"));
        assertEquals(Optional.of("check constraint"), t.constraintKind("ck"));
        assertEquals(Optional.of("primary key"), t.constraintKind("pk_t"));
        assertEquals(Optional.empty(), t.constraintKind("nope"));
        Table stripped = t.withoutConstraint("fk").withoutConstraint("uq").withoutConstraint("ck");
        assertTrue(stripped.foreignKeys().isEmpty() && stripped.uniques().isEmpty() && stripped.checks().isEmpty());
        assertEquals("u", t.withName("u").name());
    }

    @Test
    void reverseIndexesFollowForeignKeysAndEnumColumns() {
        ForeignKey toA = new ForeignKey("fk_a", List.of("id"), "a", List.of("id"), ForeignKey.Action.NO_ACTION,
                ForeignKey.Action.NO_ACTION);
        Column state = new Column("state", PortableType.parse("enum(st)"), true, Optional.empty(), false,
                Optional.empty());
        Table b = table("b").withForeignKeys(List.of(toA));
        Table c = new Table("c", List.of(state), Optional.empty(), List.of(toA), List.of(), List.of(), List.of(),
                Optional.empty());
        Schema s = Schema.EMPTY.withTable(table("a")).withTable(c).withTable(b);
        assertEquals(List.of("b", "c"), names(s.tablesReferencing("a")), "name order, whatever the insert order");
        assertEquals(List.of("c"), names(s.tablesUsingEnum("st")));
        assertEquals(List.of(), names(s.tablesReferencing("b")));

        Schema bDropsKey = s.withTable(table("b"));
        assertEquals(List.of("c"), names(bDropsKey.tablesReferencing("a")));
        assertEquals(table("b"), bDropsKey.tablesReferencing("a").isEmpty() ? null : bDropsKey.table("b").orElseThrow());
        Schema cGone = bDropsKey.withoutTable("c");
        assertEquals(List.of(), names(cGone.tablesReferencing("a")));
        assertEquals(List.of(), names(cGone.tablesUsingEnum("st")));
        assertEquals(Schema.EMPTY.withTable(table("a")).withTable(table("b")), cGone,
                "the reverse indexes are derived: equality is by content");
    }

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }
}
