package org.sqlbundle.compiler.ops;

import java.util.regex.Pattern;

/** What the model can tell about a raw SQL expression without a parser: which names it mentions. */
final class Expressions {

    private Expressions() {
    }

    /**
     * Whether {@code identifier} occurs as a whole word, ignoring ASCII case (as SQL folds unquoted names). A scan,
     * not a regex: it runs for every check constraint of every dropped column.
     */
    static boolean mentions(String expression, String identifier) {
        int length = identifier.length();
        for (int at = 0; at + length <= expression.length(); at++) {
            if (sameIgnoringAsciiCase(expression, at, identifier)
                    && !isWordChar(expression, at - 1) && !isWordChar(expression, at + length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringAsciiCase(String text, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (asciiLower(text.charAt(at + i)) != asciiLower(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isWordChar(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static String renameIdentifier(String expression, String from, String to) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(from) + "(?![A-Za-z0-9_])")
                .matcher(expression).replaceAll(java.util.regex.Matcher.quoteReplacement(to));
    }
}
