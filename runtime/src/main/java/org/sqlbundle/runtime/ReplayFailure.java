package org.sqlbundle.runtime;

import java.util.Optional;
import java.util.OptionalInt;
import org.sqlbundle.errors.SqlbundleException;

/**
 * A script statement the database refused. A failed replay is a failed check (exit 1), not broken infrastructure:
 * the database was reached and said no. Carries the statement's line and text and the database's own message.
 */
public final class ReplayFailure extends SqlbundleException {

    private static final int STATEMENT_SHOWN = 400;

    private final OptionalInt line;
    private final Optional<String> statement;
    private final String databaseMessage;

    public ReplayFailure(String script, OptionalInt line, Optional<String> statement, String databaseMessage) {
        super(Kind.CHECK_FAILED, format(script, line, statement, databaseMessage));
        this.line = line;
        this.statement = statement;
        this.databaseMessage = databaseMessage;
    }

    /** The 1-based line of the script where the failing statement starts, when known. */
    public OptionalInt line() {
        return line;
    }

    public Optional<String> statement() {
        return statement;
    }

    public String databaseMessage() {
        return databaseMessage;
    }

    private static String format(String script, OptionalInt line, Optional<String> statement, String message) {
        String where = line.isPresent() ? script + ":" + line.getAsInt() : script;
        String head = where + ": error: " + message.strip();
        return statement.map(s -> head + "\n  statement: " + shorten(s)).orElse(head);
    }

    private static String shorten(String sql) {
        String oneLine = sql.strip();
        return oneLine.length() <= STATEMENT_SHOWN ? oneLine : oneLine.substring(0, STATEMENT_SHOWN) + " ...";
    }
}
