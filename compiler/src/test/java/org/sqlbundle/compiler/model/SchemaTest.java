package org.sqlbundle.compiler.model;

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
}
