package org.sqlbundle.online.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlbundle.online.Database;

/**
 * A row lock on {@code <version table>_lock}, held by {@code SELECT ... FOR UPDATE} in an open transaction of a
 * second connection. H2 commits the migration connection's transaction at every DDL statement, so the lock
 * can't live there; on its own connection it lasts until released, and H2 drops it when that connection
 * closes or its process dies. The wait is H2's own LOCK_TIMEOUT. The one-row table stays in the database.
 */
public final class H2LockRow implements MigrationLock {

    private final Connection connection;

    private H2LockRow(Connection connection) {
        this.connection = connection;
    }

    static H2LockRow acquire(Database database, String versionTable, Duration timeout) {
        return acquire(database, database.open(), versionTable, timeout);
    }

    /** Takes the lock on {@code connection}, a new session of {@code database}; closes it unless the lock is held. */
    public static H2LockRow acquire(Database database, Connection connection, String versionTable, Duration timeout) {
        String table = "\"" + versionTable + "_lock\"";
        String kind = "row lock on " + versionTable + "_lock";
        try (Statement s = connection.createStatement()) {
            s.execute("set lock_timeout " + Math.max(1, timeout.toMillis()));
            s.execute("create table if not exists " + table + " (\"id\" integer not null primary key)");
            insertRowOnce(s, table);
            connection.setAutoCommit(false);
            s.executeQuery("select \"id\" from " + table + " where \"id\" = 1 for update").close();
            return new H2LockRow(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            if ("HYT00".equals(e.getSQLState())) {
                throw LockTimeouts.timedOut(database, kind, timeout);
            }
            throw LockTimeouts.failed(database, kind, e.getMessage());
        } catch (RuntimeException | Error e) {
            // a driver bug or an interrupt must not leave an open session holding the row lock
            closeQuietly(connection);
            throw e;
        }
    }

    /** A plain read never waits for the holder's lock, so only the very first runs can race to insert. */
    private static void insertRowOnce(Statement s, String table) throws SQLException {
        try {
            s.execute("insert into " + table + " select 1 where not exists (select 1 from " + table
                    + " where \"id\" = 1)");
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the lock, if any, went with the session
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // closing ends the transaction as well
        } finally {
            // even when the rollback fails unchecked: the session would hold the row lock until the process ends
            closeQuietly(connection);
        }
    }
}
