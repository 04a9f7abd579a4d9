package org.sqlbundle.verifier.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises the SQL text that catalogs print (types, defaults, check expressions, view queries) so that the same
 * definition reads the same way: lower case and single spaces outside string literals, simple quoted identifiers
 * unquoted, no space inside parentheses or before commas, no redundant outer parentheses, no PostgreSQL casts and no
 * MySQL charset introducers. String literals are kept byte for byte. Best effort: it equates spellings one
 * database prints for one definition; it does not prove two different texts equivalent.
 */
public final class SqlText {

    private static final Pattern QUOTED_SIMPLE_NAME = Pattern.compile("[\"`]([A-Za-z_][A-Za-z0-9_$]*)[\"`]");
    private static final Pattern CAST = Pattern.compile("::(character varying|timestamp without time zone"
            + "|timestamp with time zone|time without time zone|double precision|[a-z_][a-z0-9_.]*)"
            + "(\\(\\d+(,\\d+)?\\))?(\\[\\])?");
    private static final Pattern CHARSET_INTRODUCER = Pattern.compile("_(utf8mb4|utf8mb3|utf8|latin1|binary)$");

    private SqlText() {
    }

    /** A check expression, view query or default, normalised as described on the class. */
    public static String expression(String raw) {
        List<String> parts = new ArrayList<>();
        String text = raw.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = endOfLiteral(text, i);
                parts.add(plainPart(plain.toString(), true));
                plain.setLength(0);
                parts.add(text.substring(i, end));
                i = end;
            } else {
                plain.append(c);
                i++;
            }
        }
        parts.add(plainPart(plain.toString(), false));
        return withoutOuterParentheses(String.join("", parts).strip());
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
        String text = raw.strip();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int quote = text.indexOf('\'', i);
            int end = quote < 0 ? text.length() : quote;
            out.append(text.substring(i, end).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                    .replace(" (", "(").replace(", ", ",").replace(" ,", ",").replace("( ", "(").replace(" )", ")"));
            if (quote < 0) {
                break;
            }
            int close = endOfLiteral(text, quote);
            out.append(text, quote, close);
            i = close;
        }
        return out.toString();
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
        if (beforeLiteral) {
            s = CHARSET_INTRODUCER.matcher(s).replaceAll("");
        }
        return s;
    }

    private static int endOfLiteral(String text, int start) {
        int j = start + 1;
        while (j < text.length()) {
            if (text.charAt(j) == '\\') {
                j += 2;
            } else if (text.charAt(j) == '\'') {
                if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static String withoutOuterParentheses(String text) {
        String s = text;
        while (s.startsWith("(") && closingParenthesis(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Index of the parenthesis closing the one at 0, skipping string literals; -1 when unbalanced. */
    private static int closingParenthesis(String s) {
        int depth = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = endOfLiteral(s, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }
}
