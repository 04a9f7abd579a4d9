package org.sqlbundle.compiler.internal.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * A check constraint's expression is pasted into {@code CHECK (...)} on every dialect, so it must be exactly one
 * boolean expression and nothing that could end the statement or hide the rest of it: JSqlParser parses it whole
 * ({@code parseCondExpression} without partial parses, which refuses statements, unbalanced parentheses and
 * trailing text), and each dialect's lexer refuses what a parser skips or reads differently from a database:
 * semicolons, comments in any dialect's sense (which JSqlParser drops), dollar quotes, unclosed quotes, and
 * backslashes (which MySQL/MariaDB read as escapes inside literals, so a quote JSqlParser sees as closing would
 * not close there).
 */
public final class CheckExpressions {

    private static final String BACKSLASH = "it holds a backslash, which MySQL/MariaDB read as an escape inside literals";
    private static final List<SqlLexer> LEXERS = Arrays.stream(Dialect.values()).map(LexRules::forDialect).distinct()
            .map(SqlLexer::new).toList();

    private CheckExpressions() {
    }

    /**
     * Set while a revision is read from a tree the parse cache kept: that tree was read into a revision before, by
     * this build, so its expressions parsed then; the lexical checks still run, JSqlParser does not (docs/cache.md).
     */
    private static final ThreadLocal<Boolean> PARSED_BEFORE = new ThreadLocal<>();

    /** Runs {@code read} with the JSqlParser parse of check expressions skipped when {@code parsedBefore}. */
    public static <T> T readingCached(boolean parsedBefore, java.util.function.Supplier<T> read) {
        if (!parsedBefore) {
            return read.get();
        }
        PARSED_BEFORE.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            PARSED_BEFORE.remove();
        }
    }

    /** Returns {@code expression} unchanged, or throws E144 at {@code pos}. */
    public static String require(String expression, SourcePos pos, String where) {
        String lexical = lexicalProblem(expression);
        if (lexical != null) {
            throw fail(pos, where, lexical);
        }
        if (PARSED_BEFORE.get() != null) {
            return expression;
        }
        try {
            CCJSqlParserUtil.parseCondExpression(expression, false);
        } catch (JSQLParserException | RuntimeException e) {
            String reason = e.getMessage() == null ? "parse error" : e.getMessage().lines().findFirst().orElse("");
            throw fail(pos, where, "it is not one boolean expression (JSqlParser: " + reason + ")");
        }
        return expression;
    }

    /** What the text holds outside quotes that a CHECK must not, or null: the first such thing in any dialect. */
    static String lexicalProblem(String text) {
        int at = Integer.MAX_VALUE;
        String problem = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                at = i;
                problem = BACKSLASH;
                break;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                at = i;
                problem = "it holds the control character U+" + String.format(Locale.ROOT, "%04X", (int) c);
                break;
            }
        }
        // as each dialect's lexer reads it: a comment or ';' in one is enough to hide or end the statement there
        for (SqlLexer lexer : LEXERS) {
            for (Token t : lexer.tokens(text)) {
                String found = tokenProblem(t, text);
                if (found != null && t.start() < at) {
                    at = t.start();
                    problem = found;
                }
                if (found != null) {
                    break;
                }
            }
        }
        return problem;
    }

    private static String tokenProblem(Token t, String text) {
        switch (t.kind()) {
            case DELIMITER:
                return "it holds a semicolon, which would end the statement";
            case LINE_COMMENT:
            case BLOCK_COMMENT:
                return commentMarker(t.text().startsWith("#") ? "#" : t.text().substring(0, 2));
            case DOLLAR_QUOTED:
                return "it holds '$$', which starts a dollar-quoted string on PostgreSQL and H2";
            case STRING:
            case QUOTED_IDENTIFIER:
                // a string MySQL leaves open at an escaped quote: the backslash is what to fix
                if (t.complete()) {
                    return null;
                }
                return t.text().indexOf('\\') >= 0 ? BACKSLASH : "a quoted string or name is not closed";
            case PUNCTUATION:
                return t.isPunctuation('*') && text.startsWith("/", t.end()) ? commentMarker("*/") : null;
            default:
                return null;
        }
    }

    private static String commentMarker(String marker) {
        return "it holds a comment marker ('" + marker + "'), which would hide the rest of the statement";
    }

    private static SqlbundleException fail(SourcePos pos, String where, String reason) {
        return SqlbundleException.badInput(Problem.of(pos, "E144", where + ": the check expression must be one "
                + "boolean expression, e.g. \"price >= 0 and price < 1000\"; " + reason,
                "write only the condition that goes inside CHECK (...), without semicolons, comments or backslashes"));
    }
}
