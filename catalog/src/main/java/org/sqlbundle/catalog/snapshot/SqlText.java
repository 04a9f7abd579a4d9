package org.sqlbundle.catalog.snapshot;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * Normalises the SQL text that catalogs print (types, defaults, check expressions, view queries) so that the same
 * definition reads the same way: lower case and single spaces outside string literals, simple quoted identifiers
 * unquoted, no space inside parentheses or before commas, no redundant outer parentheses, no PostgreSQL casts, no
 * H2 casts that keep a number literal's value and no MySQL charset introducers. String literals are kept byte for
 * byte. Best effort: it equates spellings one database prints for one definition; it does not prove two different
 * texts equivalent.
 */
public final class SqlText {

    private static final Pattern QUOTED_SIMPLE_NAME = Pattern.compile("[\"`]([A-Za-z_][A-Za-z0-9_$]*)[\"`]");
    private static final Pattern CAST = Pattern.compile("::(character varying|timestamp without time zone"
            + "|timestamp with time zone|time without time zone|double precision|[a-z_][a-z0-9_.]*)"
            + "(\\(\\d+(,\\d+)?\\))?(\\[\\])?");
    /**
     * What any catalog prints: '...' literals (a backslash escapes on MySQL/MariaDB, where the text holds them
     * escaped), "..." and `...` names; the same for every dialect, as the model's side is normalised alike.
     */
    private static final SqlLexer CATALOG_TEXT = new SqlLexer(LexRules.of(LexRules.Feature.BACKSLASH_ESCAPES,
            LexRules.Feature.BACKTICK_NAMES));
    /**
     * H2 rewrites a literal compared with a column to the column's type when an ALTER re-creates the table, and
     * keeps that text after later type changes: {@code n >= 0} reads {@code n >= CAST(0 AS BIGINT)} from then on.
     */
    private static final Pattern LITERAL_CAST = Pattern.compile("cast\\((-?(\\d+)(?:\\.(\\d+))?) as (tinyint|smallint"
            + "|integer|int|bigint|decfloat|double precision|real|float|numeric|decimal)(?:\\((\\d+)(?:, (\\d+))?\\))?\\)");
    private static final Pattern CHARSET_INTRODUCER = Pattern.compile("_(utf8mb4|utf8mb3|utf8|latin1|binary)$");

    private SqlText() {
    }

    /** A check expression, view query or default, normalised as described on the class. */
    public static String expression(String raw) {
        String text = raw.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder plain = new StringBuilder();
        SqlLexer.Cursor tokens = CATALOG_TEXT.cursor(text);
        while (tokens.next()) {
            if (tokens.kind() == TokenKind.STRING) {
                out.append(plainPart(plain.toString(), true)).append(tokens.text());
                plain.setLength(0);
            } else {
                plain.append(tokens.text());
            }
        }
        out.append(plainPart(plain.toString(), false));
        return withoutOuterParentheses(out.toString().strip());
    }

    /** A column default; SQL NULL, a {@code NULL} default and no default are all "no default". */
    public static Optional<String> defaultValue(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = expression(raw);
        return text.equals("null") ? Optional.empty() : Optional.of(text);
    }

    /**
     * A type name: lower case, single spaces, no space before a parenthesis or after a comma. String literals (enum
     * labels) are kept exactly: {@code ENUM('Up', 'down')} is {@code enum('Up','down')}.
     */
    public static String type(String raw) {
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        SqlLexer.Cursor tokens = CATALOG_TEXT.cursor(raw.strip());
        while (tokens.next()) {
            if (tokens.kind() == TokenKind.STRING) {
                out.append(typePart(plain.toString())).append(tokens.text());
                plain.setLength(0);
            } else {
                plain.append(tokens.text());
            }
        }
        return out.append(typePart(plain.toString())).toString();
    }

    private static String typePart(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replace(" (", "(").replace(", ", ",").replace(" ,", ",").replace("( ", "(").replace(" )", ")");
    }

    /** H2 folds unquoted names to upper case; fold an all-upper-case name back so it matches the source spelling. */
    public static String unfoldUpperCase(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String plainPart(String text, boolean beforeLiteral) {
        String s = QUOTED_SIMPLE_NAME.matcher(text).replaceAll("$1").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s+", " ");
        s = s.replaceAll(" ?([(),]) ?", "$1");
        s = s.replace(",", ", ");
        s = CAST.matcher(s).replaceAll("");
        s = LITERAL_CAST.matcher(s).replaceAll(m -> valuePreserving(m) ? m.group(1) : Matcher.quoteReplacement(m.group()));
        if (beforeLiteral) {
            s = CHARSET_INTRODUCER.matcher(s).replaceAll("");
        }
        return s;
    }

    /**
     * Whether the cast keeps the literal's value, so that dropping it changes nothing: an integer into any numeric
     * type (one too narrow fails rather than changes it), a fraction only into a type that keeps all its digits.
     */
    private static boolean valuePreserving(MatchResult m) {
        String fraction = m.group(3);
        if (fraction == null) {
            return true;
        }
        return switch (m.group(4)) {
            case "decfloat", "double precision", "real", "float" -> true;
            case "numeric", "decimal" -> m.group(6) != null && Integer.parseInt(m.group(6)) >= fraction.length()
                    && Integer.parseInt(m.group(5)) - Integer.parseInt(m.group(6)) >= m.group(2).length();
            default -> false;
        };
    }

    private static String withoutOuterParentheses(String text) {
        String s = text;
        while (s.startsWith("(") && closingParenthesis(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Index of the parenthesis closing the one at 0, outside literals and quoted names; -1 when unbalanced. */
    private static int closingParenthesis(String s) {
        int depth = 0;
        SqlLexer.Cursor tokens = CATALOG_TEXT.cursor(s);
        while (tokens.next()) {
            if (tokens.kind() != TokenKind.PUNCTUATION) {
                continue;
            }
            char c = s.charAt(tokens.start());
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return tokens.start();
            }
        }
        return -1;
    }
}
