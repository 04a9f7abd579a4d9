package org.sqlbundle.compiler.internal.render;

/**
 * Free text (revision messages, op descriptions) made safe for a {@code -- } line comment: whatever a
 * message contains, it can never end the comment and become executable SQL.
 */
public final class SqlComments {

    private SqlComments() {
    }

    /**
     * One line, printable characters only. Line breaks (which would end a {@code --} comment) become
     * spaces; {@code *}{@code /} and {@code /*} are split so a block comment can neither open nor close;
     * {@code ;} becomes {@code ,} so naive statement splitters never cut inside a comment.
     */
    public static String sanitize(String text) {
        if (alreadySafe(text)) {
            return text; // the common case, and it is called for every message and op of every bundle
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(' ');
            } else if (c == ';') {
                out.append(',');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("*/", "* /").replace("/*", "/ *").strip();
    }

    private static boolean alreadySafe(String text) {
        int n = text.length();
        if (n > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ';' || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c == '*' || c == '/') && i + 1 < n && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                return false;
            }
        }
        return true;
    }

    /** A full {@code -- text} comment line. */
    public static String line(String text) {
        return "-- " + sanitize(text);
    }
}
