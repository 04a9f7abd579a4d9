package org.sqlbundle.compiler.render.h2;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * H2 folds unquoted names to upper case, while every name the bundle creates is quoted as written
 * (lower case); so in a check expression the table's column names are quoted before H2 sees them.
 * String literals and already quoted names are copied untouched.
 */
final class ColumnNameQuoting {

    private ColumnNameQuoting() {
    }

    static String quoteColumns(String expression, Set<String> columns, UnaryOperator<String> quote) {
        StringBuilder out = new StringBuilder(expression.length() + 16);
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(expression, i, c);
                out.append(expression, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_')) {
                    end++;
                }
                String word = expression.substring(i, end);
                out.append(columns.contains(word) ? quote.apply(word) : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past the literal or quoted name opening at {@code start}; a doubled quote stays inside. */
    private static int closing(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
