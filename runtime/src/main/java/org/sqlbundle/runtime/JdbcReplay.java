package org.sqlbundle.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Executes a script statement by statement on a JDBC connection in autocommit mode. Scripts carry their own
 * {@code BEGIN}/{@code COMMIT}; every driver here passes them through as plain statements and keeps its
 * transaction state right (tested in JdbcReplayTest): pgjdbc and sqlite-jdbc leave autocommit on and let the
 * server hold the transaction open, H2 turns autocommit off at {@code BEGIN} and on again at {@code COMMIT}
 * or {@code ROLLBACK}. So no statement is rewritten. After a failure the connection may still be inside the
 * script's transaction; a target is thrown away after a failed replay.
 */
public final class JdbcReplay {

    private final StatementSplitter splitter;

    public JdbcReplay(Dialect dialect) {
        this.splitter = StatementSplitter.forDialect(dialect);
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
        for (ScriptStatement statement : statements) {
            try (java.sql.Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.sql());
            } catch (SQLException e) {
                throw new ReplayFailure(scriptName, OptionalInt.of(statement.line()),
                        Optional.of(statement.sql()), String.valueOf(e.getMessage()));
            }
        }
    }
}
