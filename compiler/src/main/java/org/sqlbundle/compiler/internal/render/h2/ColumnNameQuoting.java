package org.sqlbundle.compiler.internal.render.h2;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * H2 folds unquoted names to upper case, while every name the bundle creates is quoted as written
 * (lower case); so in a check expression the table's column names are quoted before H2 sees them.
 * Only unquoted words are touched: string literals, quoted names and comments are copied as H2's lexer reads them.
 */
final class ColumnNameQuoting {

    private static final SqlLexer H2 = new SqlLexer(LexRules.H2);

    private ColumnNameQuoting() {
    }

    static String quoteColumns(String expression, Set<String> columns, UnaryOperator<String> quote) {
        StringBuilder out = new StringBuilder(expression.length() + 16);
        SqlLexer.Cursor tokens = H2.cursor(expression);
        while (tokens.next()) {
            String text = tokens.text();
            out.append(tokens.kind() == TokenKind.WORD && columns.contains(text) ? quote.apply(text) : text);
        }
        return out.toString();
    }
}
