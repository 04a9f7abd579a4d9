package org.sqlbundle.errors;

/**
 * A place in a revision file, printed compiler-style as {@code file:line:col} so editors can jump there.
 *
 * @param file the file's path as printed to the user
 * @param line 1-based line, or 0 for the whole file
 * @param col 1-based column, or 0 when unknown
 */
public record SourcePos(String file, int line, int col) {

    /** A position naming a whole file, with no line (line and column 0); printed as the file name alone. */
    public static SourcePos ofFile(String file) {
        return new SourcePos(file, 0, 0);
    }

    /** {@code file:line:col} (1-based line and column), or only {@code file} when the line is 0. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + col : file;
    }
}
