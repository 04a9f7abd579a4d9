package org.sqlbundle.verifier.internal.data;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * A model check expression read as the compiler reads it (written once for every dialect: standard SQL, '...'
 * literals, "..." names), and made runnable in a query on the seeding connection: the table's column names quoted
 * as the bundles created them, so H2 (which folds unquoted names to upper case) finds them too.
 */
final class CheckSql {

    private static final SqlLexer STANDARD = new SqlLexer(LexRules.STANDARD);

    private CheckSql() {
    }

    static List<Token> tokens(String expression) {
        return STANDARD.significant(expression);
    }

    /** Whether {@code column} stands in the tokens as a name: a word equal ignoring case, or quoted exactly. */
    static boolean mentions(List<Token> tokens, String column) {
        return tokens.stream().anyMatch(t -> isName(t, column));
    }

    /** Every name of {@code columns} that stands in the expression as a name, quoted by {@code quote}. */
    static String quoted(String expression, Set<String> columns, UnaryOperator<String> quote) {
        StringBuilder out = new StringBuilder(expression.length() + 16);
        SqlLexer.Cursor c = STANDARD.cursor(expression);
        while (c.next()) {
            Token t = c.token();
            String column = columns.stream().filter(name -> isName(t, name)).findFirst().orElse(null);
            out.append(column == null ? t.text() : quote.apply(column));
        }
        return out.toString();
    }

    private static boolean isName(Token t, String column) {
        return t.is(TokenKind.WORD) && t.text().equalsIgnoreCase(column)
                || t.is(TokenKind.QUOTED_IDENTIFIER) && t.text().equals("\"" + column + "\"");
    }
}
