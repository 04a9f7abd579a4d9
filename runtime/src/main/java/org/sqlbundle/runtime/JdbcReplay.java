package org.sqlbundle.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Executes a script statement by statement (or, for the verifier on PostgreSQL, one transaction block at a time:
 * {@link #sendingBlocksAtOnce}) on a JDBC connection in autocommit mode. Scripts carry their own
 * {@code BEGIN}/{@code COMMIT}; every driver here passes them through as plain statements and keeps its
 * transaction state right (tested in JdbcReplayTest): pgjdbc and sqlite-jdbc leave autocommit on and let the
 * server hold the transaction open, H2 turns autocommit off at {@code BEGIN} and on again at {@code COMMIT}
 * or {@code ROLLBACK}. So no statement is rewritten. After a failure the connection may still be inside the
 * script's transaction; a target is thrown away after a failed replay.
 */
public final class JdbcReplay {

    private final StatementSplitter splitter;
    private final boolean blocksAtOnce;

    public JdbcReplay(Dialect dialect) {
        this(dialect, false);
    }

    private JdbcReplay(Dialect dialect, boolean blocksAtOnce) {
        this.splitter = StatementSplitter.forDialect(dialect);
        this.blocksAtOnce = blocksAtOnce;
    }

    /**
     * As {@link #JdbcReplay}, but on PostgreSQL each explicit transaction block ({@link TransactionBlocks}) goes to
     * the server as one text, which pgjdbc sends in one round trip: a revision's script is mostly one block, and a
     * round trip per statement cost more than most statements. A refused block is rolled back and run again one
     * statement at a time, so the failure names the statement and its line as before.
     */
    public static JdbcReplay sendingBlocksAtOnce(Dialect dialect) {
        return new JdbcReplay(dialect, dialect == Dialect.POSTGRESQL);
    }

    /** Runs every statement of {@code script}; {@code scriptName} only labels failures (e.g. a file name). */
    public void run(Connection connection, String scriptName, String script) {
        run(connection, scriptName, splitter.split(script));
    }

    public void run(Connection connection, String scriptName, List<ScriptStatement> statements) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot use the connection for " + scriptName + ": " + e.getMessage(), e);
        }
        if (!blocksAtOnce) {
            statements.forEach(statement -> execute(connection, scriptName, statement));
            return;
        }
        for (List<ScriptStatement> group : TransactionBlocks.of(statements)) {
            if (group.size() == 1) {
                execute(connection, scriptName, group.get(0));
            } else {
                executeBlock(connection, scriptName, group);
            }
        }
    }

    private static void execute(Connection connection, String scriptName, ScriptStatement statement) {
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            throw new ReplayFailure(scriptName, OptionalInt.of(statement.line()),
                    Optional.of(statement.sql()), String.valueOf(e.getMessage()));
        }
    }

    private static void executeBlock(Connection connection, String scriptName, List<ScriptStatement> block) {
        // on a line of its own: a statement may end in a line comment
        String text = block.stream().map(ScriptStatement::sql).collect(Collectors.joining("\n;\n"));
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute(text);
            return;
        } catch (SQLException refused) {
            rollBack(connection, scriptName, block.get(0), refused);
            block.forEach(statement -> execute(connection, scriptName, statement));
            throw new ReplayFailure(scriptName, OptionalInt.of(block.get(0).line()), Optional.empty(),
                    "the transaction block starting here was refused when sent at once, though each of its statements"
                            + " then passed alone: " + refused.getMessage());
        }
    }

    /** Ends the refused block (its statements are lost either way) so that it can run again one statement at a time. */
    private static void rollBack(Connection connection, String scriptName, ScriptStatement begin, SQLException refused) {
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute("ROLLBACK");
        } catch (SQLException e) {
            throw new ReplayFailure(scriptName, OptionalInt.of(begin.line()), Optional.empty(),
                    String.valueOf(refused.getMessage()));
        }
    }
}
