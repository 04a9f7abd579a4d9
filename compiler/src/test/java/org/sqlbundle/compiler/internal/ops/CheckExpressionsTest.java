package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a check expression may not hold, as any dialect's lexer reads it, and what may stay inside quotes. */
class CheckExpressionsTest {

    /** The first problem in the text, of any dialect: H2's //, MySQL's #, PostgreSQL's --x, a stray *&#47;. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "weight > 1 // H2 reads a comment here | it holds a comment marker ('//'), which would hide the rest of the statement",
        "weight > 1 # MySQL too               | it holds a comment marker ('#'), which would hide the rest of the statement",
        "weight > 1 --x: not one on MySQL     | it holds a comment marker ('--'), which would hide the rest of the statement",
        "weight > 1 */                        | it holds a comment marker ('*/'), which would hide the rest of the statement",
        "a > 1; -- then \\                     | it holds a semicolon, which would end the statement",
        "a = 'x\\'; --                         | it holds a backslash, which MySQL/MariaDB read as an escape inside literals",
        "a > $$1$$                            | it holds '$$', which starts a dollar-quoted string on PostgreSQL and H2",
        "a = \"open                           | a quoted string or name is not closed",
    })
    void theFirstProblemInAnyDialectIsReported(String expression, String problem) {
        assertEquals(problem, CheckExpressions.lexicalProblem(expression));
    }

    @Test
    void markersInsideQuotesAreText() {
        assertNull(CheckExpressions.lexicalProblem("name <> 'a; -- # // /* */' and \"odd;name\" > 0"));
        assertNull(CheckExpressions.lexicalProblem("price >= 0 and price < 1000"));
    }
}
