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

    /** H2 keeps the cast it added to a literal when an ALTER changed the column's type (issue 12, bench chain). */
    @Test
    void castsThatKeepANumberLiteralsValueAreDropped() {
        assertEquals("n >= 0", SqlText.expression("\"N\" >= CAST(0 AS BIGINT)"));
        assertEquals("m >= -1", SqlText.expression("\"M\" >= CAST(-1 AS DECFLOAT)"));
        assertEquals("d >= 0", SqlText.expression("\"D\" >= CAST(0 AS NUMERIC(1))"));
        assertEquals("p <= 2.50", SqlText.expression("P <= CAST(2.50 AS NUMERIC(12, 2))"));
        assertEquals("x = 1.5", SqlText.expression("X = CAST(1.5 AS DOUBLE PRECISION)"));
        // casts that change the value, or of a column, stay
        assertEquals("x >= cast(1.5 as integer)", SqlText.expression("X >= CAST(1.5 AS INTEGER)"));
        assertEquals("x >= cast(1.25 as numeric(3, 1))", SqlText.expression("X >= CAST(1.25 AS NUMERIC(3, 1))"));
        assertEquals("x >= cast(12.5 as numeric(2, 1))", SqlText.expression("X >= CAST(12.5 AS NUMERIC(2, 1))"));
        assertEquals("cast(x as bigint)>= 0", SqlText.expression("CAST(X AS BIGINT) >= 0"));
        assertEquals("x = 'cast(0 as bigint)'", SqlText.expression("X = 'cast(0 as bigint)'"));
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
