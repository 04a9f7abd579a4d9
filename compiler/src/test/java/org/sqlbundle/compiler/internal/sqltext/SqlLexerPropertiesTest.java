package org.sqlbundle.compiler.internal.sqltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text at all round-trips through every family's lexer: the tokens, joined, are the input exactly, each one is
 * non-empty and starts where the last ended. Also for hostile input: unterminated quotes and comments, very long and
 * very deeply nested text (the lexer must neither throw nor loop).
 */
class SqlLexerPropertiesTest {

    static final List<LexRules> FAMILIES = List.of(LexRules.POSTGRESQL, LexRules.MYSQL,
            LexRules.MYSQL_NO_BACKSLASH_ESCAPES, LexRules.SQLITE, LexRules.H2);

    static void assertRoundTrips(LexRules rules, String text) {
        StringBuilder joined = new StringBuilder(text.length());
        int expectedStart = 0;
        for (Token t : new SqlLexer(rules).tokens(text)) {
            assertEquals(expectedStart, t.start(), "tokens are contiguous");
            assertTrue(!t.text().isEmpty(), "no empty token");
            joined.append(t.text());
            expectedStart = t.end();
        }
        assertEquals(text, joined.toString(), rules.toString());
    }

    @Property(tries = 2000)
    void syntaxHeavyTextRoundTripsInEveryFamily(@ForAll("syntaxHeavy") String text) {
        FAMILIES.forEach(rules -> assertRoundTrips(rules, text));
    }

    @Property(tries = 1000)
    void anyUnicodeTextRoundTripsInEveryFamily(@ForAll @StringLength(max = 200) String text) {
        FAMILIES.forEach(rules -> assertRoundTrips(rules, text));
    }

    @Property(tries = 500)
    void surrogatesAndControlCharactersRoundTrip(
            @ForAll @Chars({'\uD83D', '\uDE00', '\0', '\r', '\n', '\'', '$', '-', '/', '*', 'a'}) String text) {
        FAMILIES.forEach(rules -> assertRoundTrips(rules, text));
    }

    @Provide
    Arbitrary<String> syntaxHeavy() {
        // the characters that open, close or escape something in some family, with a few plain ones around them
        Arbitrary<String> pieces = Arbitraries.of("'", "\"", "`", "[", "]", "$", "$$", "$t$", "--", "-- ", "#", "//",
                "/*", "*/", "/*!", ";", "\\", "E'", "e'", "''", "a", "1", ".5e", " ", "\n", "\t", "(", ")", "x$y", "é");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    static List<String> hostile() {
        int n = 100_000;
        return List.of("/*".repeat(n) + "*/".repeat(n / 2), "/*".repeat(n) + "*/".repeat(n + 5), "'".repeat(n + 1),
                "'\\".repeat(n), "$$".repeat(n) + "$", "$a$".repeat(n), "$a".repeat(n), "-- ".repeat(n), "#\n".repeat(n),
                "[".repeat(n), "E'".repeat(n), "\"".repeat(n + 1), "`".repeat(n + 1), "a".repeat(n * 5),
                "1.".repeat(n), "1e".repeat(n), ";".repeat(n), " ".repeat(n * 5), "(".repeat(n));
    }

    /** A safety net, not a performance bound: an endless loop fails here instead of hanging the build. */
    @ParameterizedTest
    @MethodSource("hostile")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void veryLongAndDeeplyNestedTextRoundTrips(String text) {
        FAMILIES.forEach(rules -> assertRoundTrips(rules, text));
    }
}
