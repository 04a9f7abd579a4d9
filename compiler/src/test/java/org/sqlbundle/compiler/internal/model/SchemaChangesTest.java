package org.sqlbundle.compiler.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The change log behind the static symmetry proof: what changed since a schema, and only when derived from it. */
class SchemaChangesTest {

    private static Table table(String name) {
        return new Table(name, List.of(new Column("id", PortableType.of(PortableType.Kind.INTEGER), false,
                Optional.empty(), false, Optional.empty())), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty());
    }

    @Test
    void namesEveryObjectChangedSinceAnEarlierSchemaAndNothingElse() {
        Schema start = Schema.EMPTY.withTable(table("a")).withTable(table("b")).withEnum(new EnumType("e", List.of("x")));
        Schema end = start.withoutTable("b").withTable(table("c")).withView(new View("v", "select 1", Map.of()))
                .withoutEnum("e");
        Schema.Changes changes = end.changedSince(start).orElseThrow();
        assertEquals(Set.of("b", "c"), changes.tables());
        assertEquals(Set.of("e"), changes.enums());
        assertEquals(Set.of("v"), changes.views());
        assertEquals(Set.of(), start.changedSince(start).orElseThrow().tables());
        assertEquals(start, start.withTable(table("a")), "the log is not part of equality");
    }

    @Test
    void aSchemaNotDerivedFromTheOtherSaysSo() {
        Schema one = Schema.EMPTY.withTable(table("a"));
        Schema other = Schema.EMPTY.withTable(table("a"));
        assertTrue(other.changedSince(one).isEmpty());
        assertTrue(one.changedSince(Schema.EMPTY).isPresent());
    }
}
