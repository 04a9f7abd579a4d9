package org.sqlbundle.compiler.internal.ops;

import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/** What the model can tell about a raw SQL expression without a parser: which names it mentions. */
final class Expressions {

    /** A check is written once for every dialect: read it as standard SQL ('...' literals, "..." names). */
    private static final SqlLexer STANDARD = new SqlLexer(LexRules.STANDARD);

    private Expressions() {
    }

    /**
     * Whether {@code identifier} stands in the expression as a name: a word equal to it ignoring ASCII case (as SQL
     * folds unquoted names), or quoted exactly. Words inside string literals and comments are not names.
     */
    static boolean mentions(String expression, String identifier) {
        SqlLexer.Cursor tokens = STANDARD.cursor(expression);
        while (tokens.next()) {
            String text = tokens.text();
            if (tokens.kind() == TokenKind.WORD && text.length() == identifier.length()
                    && sameIgnoringAsciiCase(text, 0, identifier)
                    || tokens.kind() == TokenKind.QUOTED_IDENTIFIER && text.equals("\"" + identifier + "\"")) {
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

    /**
     * {@code from} renamed to {@code to} where it stands as a name (a word, or quoted as {@code "from"}); string
     * literals and comments are left as written, so {@code note <> 'weight'} keeps its literal.
     */
    static String renameIdentifier(String expression, String from, String to) {
        StringBuilder out = new StringBuilder(expression.length());
        SqlLexer.Cursor tokens = STANDARD.cursor(expression);
        while (tokens.next()) {
            String text = tokens.text();
            if (tokens.kind() == TokenKind.WORD && text.equals(from)) {
                out.append(to);
            } else if (tokens.kind() == TokenKind.QUOTED_IDENTIFIER && text.equals("\"" + from + "\"")) {
                out.append('"').append(to).append('"');
            } else {
                out.append(text);
            }
        }
        return out.toString();
    }
}
