package org.sqlbundle.compiler.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

class SqlCommentsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "drop everything\ndrop table users",
        "fix */ drop table users; /*",
        "line one\r\nline two; -- still a comment?",
        "unicode line\u2028separator and \u0085next line",
        "tab\tand bell\u0007",
    })
    void sanitisedTextStaysOneCommentLine(String message) {
        String line = SqlComments.line(message);
        assertTrue(line.startsWith("-- "));
        assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028") || line.contains("\u0085"),
                "a line break would end the comment: " + line);
        assertFalse(line.contains("*/"), "could close a block comment: " + line);
        assertFalse(line.contains("/*"), "could open a block comment: " + line);
        assertFalse(line.contains(";"), "a statement splitter could cut here: " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"initial Folsom schema", "add vips.connection_limit (default -1)"})
    void plainTextIsKept(String message) {
        assertEquals(message, SqlComments.sanitize(message));
    }

    /** Any text at all, including the characters that matter here, comes out safe and stays safe when sanitised again. */
    @net.jqwik.api.Property(tries = 3000)
    void anyTextComesOutSafe(@net.jqwik.api.ForAll @net.jqwik.api.constraints.Chars({'a', 'b', ' ', '*', '/', ';', '-', '\n', '\r', '\t', '\u2028', '\u0085', '\'', '$', '#'})
                             String message) {
        String safe = SqlComments.sanitize(message);
        assertFalse(safe.contains("\n") || safe.contains("\r") || safe.contains("\u2028") || safe.contains("\u0085"),
                safe);
        assertFalse(safe.contains("*/") || safe.contains("/*") || safe.contains(";"), safe);
        assertEquals(safe, safe.strip());
        assertEquals(safe, SqlComments.sanitize(safe), "sanitising twice changes nothing");
        // and every dialect's own lexer reads the line as one comment, with the next line's code after it
        for (Dialect dialect : Dialect.values()) {
            List<TokenKind> kinds = SqlLexer.forDialect(dialect).tokens(SqlComments.line(message) + "\nSELECT 1")
                    .stream().map(Token::kind).toList();
            assertEquals(List.of(TokenKind.LINE_COMMENT, TokenKind.WHITESPACE, TokenKind.WORD, TokenKind.WHITESPACE,
                    TokenKind.NUMBER), kinds, dialect + ": " + SqlComments.line(message));
        }
    }
}
