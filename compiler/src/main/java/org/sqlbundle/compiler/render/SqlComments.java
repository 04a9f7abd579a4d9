package org.sqlbundle.compiler.render;

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

    /** A full {@code -- text} comment line. */
    public static String line(String text) {
        return "-- " + sanitize(text);
    }
}
