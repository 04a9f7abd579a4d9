package org.sqlbundle.compiler.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"cascade;CASCADE", "CASCADE;CASCADE", "set null;SET_NULL",
            "set_null;SET_NULL", "SET  NULL;SET_NULL", " restrict ;RESTRICT", "no action;NO_ACTION",
            "no_action;NO_ACTION", "set default;SET_DEFAULT"})
    void parsesActions(String text, ForeignKey.Action action) {
        assertEquals(action, ForeignKey.Action.parse(text));
    }

    @Test
    void rejectsUnknownActions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ForeignKey.Action.parse("delete"));
        assertTrue(e.getMessage().contains("'delete' is not a foreign key action"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ForeignKey.Action.parse("setnull"));
    }

    @Test
    void sqlWordsRoundTrip() {
        for (ForeignKey.Action a : ForeignKey.Action.values()) {
            assertEquals(a, ForeignKey.Action.parse(a.sql));
        }
    }

    @Test
    void withRefTableKeepsTheRest() {
        ForeignKey fk = new ForeignKey("fk", List.of("a"), "t", List.of("id"), ForeignKey.Action.CASCADE,
                ForeignKey.Action.RESTRICT);
        assertEquals(new ForeignKey("fk", List.of("a"), "u", List.of("id"), ForeignKey.Action.CASCADE,
                ForeignKey.Action.RESTRICT), fk.withRefTable("u"));
    }
}
