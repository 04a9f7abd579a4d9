package org.sqlbundle.online;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.ScriptStatement;

/**
 * A statement of a revision the database refused (E078, exit 1 like a failed replay: the database was reached
 * and said no). Says which revision, which statement and the database's error, where the database now is (the
 * last completed revision), and whether the failing revision was rolled back entirely (transactional DDL) or
 * which of its statements had already run and stay committed (MySQL, MariaDB, H2).
 */
public final class MigrationFailure extends SqlbundleException {

    private static final int STATEMENT_SHOWN = 400;

    private final Revision revision;
    private final Optional<String> statement;
    private final String databaseMessage;
    private final List<ScriptStatement> alreadyRun;
    private final boolean rolledBack;

    MigrationFailure(String verb, Revision revision, String scriptName, OptionalInt line, Optional<String> statement,
                     String databaseMessage, List<ScriptStatement> alreadyRun, boolean rolledBack, String lastCompleted) {
        super(Kind.CHECK_FAILED, List.of(Problem.of(SourcePos.ofFile(where(scriptName, line)), "E078",
                message(verb, revision, statement, databaseMessage, alreadyRun, rolledBack, lastCompleted),
                rolledBack ? "fix the cause and run " + verb + " again: it starts from " + lastCompleted
                        : alreadyRun.isEmpty() ? "run 'sqlbundle stamp " + lastCompleted + "' to clear the mark, fix "
                                + "the cause and run " + verb + " again: it starts from " + lastCompleted
                        : "undo the statements listed by hand and run 'sqlbundle stamp " + lastCompleted
                                + "' to clear the mark (or complete them and stamp " + revision.id() + "), then fix the "
                                + "cause and run " + verb + " again (docs/online.md#after-a-crash)")));
        this.revision = revision;
        this.statement = statement;
        this.databaseMessage = databaseMessage;
        this.alreadyRun = List.copyOf(alreadyRun);
        this.rolledBack = rolledBack;
    }

    /** The revision whose statement the database refused. */
    public Revision revision() {
        return revision;
    }

    /** The refused statement, when the replay could tell which one. */
    public Optional<String> statement() {
        return statement;
    }

    /** The database's error message, with any password removed. */
    public String databaseMessage() {
        return databaseMessage;
    }

    /** The statements of the failing revision's script that ran before the failing one. */
    public List<ScriptStatement> alreadyRun() {
        return alreadyRun;
    }

    /**
     * Whether the failing revision was undone entirely (transactional DDL, or data changes only); false means {@link
     * #alreadyRun()} stay committed.
     */
    public boolean rolledBack() {
        return rolledBack;
    }

    private static String where(String scriptName, OptionalInt line) {
        return line.isPresent() ? scriptName + ":" + line.getAsInt() : scriptName;
    }

    private static String message(String verb, Revision revision, Optional<String> statement, String databaseMessage,
                                  List<ScriptStatement> alreadyRun, boolean rolledBack, String lastCompleted) {
        StringBuilder sb = new StringBuilder(verb + " stopped in revision " + revision.id() + " ("
                + revision.message().replaceAll("\\s+", " ") + "): " + databaseMessage.strip());
        statement.ifPresent(s -> sb.append("\n  statement: ").append(shorten(s)));
        sb.append("\n  the version table holds ").append(lastCompleted).append(", the last completed revision");
        if (rolledBack) {
            sb.append("\n  revision ").append(revision.id()).append(" was rolled back entirely");
        } else if (alreadyRun.isEmpty()) {
            sb.append("\n  no statement of revision ").append(revision.id()).append(" had run");
        } else {
            sb.append("\n  the history table marks revision ").append(revision.id())
                    .append(" started: every later run and bundle stops on it (E086) until it is stamped");
            sb.append("\n  these statements of revision ").append(revision.id())
                    .append(" had already run and stay committed (DDL commits by itself on this database):");
            for (ScriptStatement s : alreadyRun) {
                sb.append("\n    line ").append(s.line()).append(": ").append(shorten(s.sql()));
            }
        }
        return sb.toString();
    }

    private static String shorten(String sql) {
        String oneLine = sql.strip().replaceAll("\\s*\\n\\s*", " ");
        return oneLine.length() <= STATEMENT_SHOWN ? oneLine : oneLine.substring(0, STATEMENT_SHOWN) + " ...";
    }
}
