package org.sqlbundle.runtime;

/** One statement of a script: its text without the terminating {@code ;}, and the 1-based line it starts on. */
public record ScriptStatement(int line, String sql) {
}
