package org.sqlbundle.cli.options;

/** Options written as the text of a compile result cache request: {@code key=value} lines, values escaped. */
public final class RequestText {

    private RequestText() {
    }

    /** {@code key=value} and a line end; a backslash or line end in the value is escaped, so lines never run together. */
    public static String line(String key, String value) {
        return key + "=" + value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + "\n";
    }
}
