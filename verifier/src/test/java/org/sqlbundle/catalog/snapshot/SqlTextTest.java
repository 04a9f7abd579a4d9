package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void expressionsFoldCaseSpacesCastsAndParenthesesButKeepLiterals() {
        assertEquals("(price >= 0)and(note <> 'It''s  HERE')",
                SqlText.expression("((\"PRICE\" >= 0) AND (note <> 'It''s  HERE'::character varying));"));
        assertEquals("a in('x', 'Y')", SqlText.expression("`a` IN (_utf8mb4'x' , _utf8mb4'Y')"));
        // MySQL prints a backslash in a literal escaped: the literal does not end at \'
        assertEquals("c = 'a\\') OR (b'", SqlText.expression("(c = 'a\\') OR (b')"));
    }

    @Test
    void quotesInsideQuotedNamesAndCommentsStartNoLiteral() {
        assertEquals("\"it's\" = 1", SqlText.expression("(\"IT's\" = 1)"));
        assertEquals("x > 0 -- it's positive", SqlText.expression("X > 0 -- it's POSITIVE"));
    }

    @Test
    void typesKeepEnumLabelsExactly() {
        assertEquals("enum('Up','do wn','it''s')", SqlText.type("ENUM('Up', 'do wn' , 'it''s')"));
        assertEquals("character varying(20)", SqlText.type("  CHARACTER   VARYING (20) "));
    }

    @Test
    void defaultsTreatNullAsNone() {
        assertEquals(Optional.empty(), SqlText.defaultValue("NULL"));
        assertEquals(Optional.empty(), SqlText.defaultValue(" "));
        assertEquals(Optional.of("'NULL'"), SqlText.defaultValue("'NULL'"));
    }
}
