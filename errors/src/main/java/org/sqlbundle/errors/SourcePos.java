package org.sqlbundle.errors;

/** A place in a revision file, printed compiler-style as {@code file:line:col} so editors can jump there. */
public record SourcePos(String file, int line, int col) {

    public static SourcePos ofFile(String file) {
        return new SourcePos(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + col : file;
    }
}
