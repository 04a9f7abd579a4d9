package org.sqlbundle.compiler.ops;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * A check constraint's expression is pasted into {@code CHECK (...)} on every dialect, so it must be exactly one
 * boolean expression and nothing that could end the statement or hide the rest of it: JSqlParser parses it whole
 * ({@code parseCondExpression} without partial parses, which refuses statements, unbalanced parentheses and
 * trailing text), and a scan outside quotes refuses what a parser skips or reads differently from a database:
 * semicolons, comments (which JSqlParser drops) and backslashes (which MySQL/MariaDB read as escapes inside
 * literals, so a quote JSqlParser sees as closing would not close there).
 */
public final class CheckExpressions {

    private CheckExpressions() {
    }

    /** Returns {@code expression} unchanged, or throws E144 at {@code pos}. */
    public static String require(String expression, SourcePos pos, String where) {
        String lexical = lexicalProblem(expression);
        if (lexical != null) {
            throw fail(pos, where, lexical);
        }
        try {
            CCJSqlParserUtil.parseCondExpression(expression, false);
        } catch (JSQLParserException | RuntimeException e) {
            String reason = e.getMessage() == null ? "parse error" : e.getMessage().lines().findFirst().orElse("");
            throw fail(pos, where, "it is not one boolean expression (JSqlParser: " + reason + ")");
        }
        return expression;
    }

    /** What the text holds outside quotes that a CHECK must not, or null. */
    static String lexicalProblem(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\\') {
                return "it holds a backslash, which MySQL/MariaDB read as an escape inside literals";
            }
            if (quote != 0) {
                if (c == quote) {
                    if (next == quote) {
                        i++; // a doubled quote stays inside
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ';') {
                return "it holds a semicolon, which would end the statement";
            } else if (c == '-' && next == '-' || c == '/' && next == '*' || c == '*' && next == '/' || c == '#') {
                return "it holds a comment marker ('" + c + (c == '#' ? "" : String.valueOf(next))
                        + "'), which would hide the rest of the statement";
            } else if (c == '$' && next == '$') {
                return "it holds '$$', which starts a dollar-quoted string on PostgreSQL";
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return "it holds the control character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c);
            }
        }
        return quote != 0 ? "a quoted string or name is not closed" : null;
    }

    private static SqlbundleException fail(SourcePos pos, String where, String reason) {
        return SqlbundleException.badInput(Problem.of(pos, "E144", where + ": the check expression must be one "
                + "boolean expression, e.g. \"price >= 0 and price < 1000\"; " + reason,
                "write only the condition that goes inside CHECK (...), without semicolons, comments or backslashes"));
    }
}
