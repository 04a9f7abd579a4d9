package org.sqlbundle.compiler.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a check expression may not hold, as any dialect's lexer reads it, and what may stay inside quotes. */
class CheckExpressionsTest {

    @Test
    void commentsOfAnyDialectAreRefused() {
        assertEquals("it holds a comment marker ('//'), which would hide the rest of the statement",
                CheckExpressions.lexicalProblem("weight > 1 // H2 reads a comment here"));
        assertEquals("it holds a comment marker ('#'), which would hide the rest of the statement",
                CheckExpressions.lexicalProblem("weight > 1 # MySQL too"));
        assertEquals("it holds a comment marker ('--'), which would hide the rest of the statement",
                CheckExpressions.lexicalProblem("weight > 1 --x is one on PostgreSQL, not on MySQL"));
        assertEquals("it holds a comment marker ('*/'), which would hide the rest of the statement",
                CheckExpressions.lexicalProblem("weight > 1 */"));
    }

    @Test
    void theFirstProblemIsReported() {
        assertEquals("it holds a semicolon, which would end the statement",
                CheckExpressions.lexicalProblem("a > 1; -- then \\"));
        assertEquals("it holds a backslash, which MySQL/MariaDB read as an escape inside literals",
                CheckExpressions.lexicalProblem("a = 'x\\'; -- "));
        assertEquals("it holds '$$', which starts a dollar-quoted string on PostgreSQL and H2",
                CheckExpressions.lexicalProblem("a > $$1$$"));
        assertEquals("a quoted string or name is not closed", CheckExpressions.lexicalProblem("a = \"open"));
    }

    @Test
    void markersInsideQuotesAreText() {
        assertNull(CheckExpressions.lexicalProblem("name <> 'a; -- # // /* */' and \"odd;name\" > 0"));
        assertNull(CheckExpressions.lexicalProblem("price >= 0 and price < 1000"));
    }
}
