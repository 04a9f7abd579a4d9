package org.sqlbundle.verifier.replay;

/** One statement of a script: its text without the terminating {@code ;}, and the 1-based line it starts on. */
public record Statement(int line, String sql) {
}
