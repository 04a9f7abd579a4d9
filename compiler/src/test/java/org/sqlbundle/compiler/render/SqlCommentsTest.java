package org.sqlbundle.compiler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
