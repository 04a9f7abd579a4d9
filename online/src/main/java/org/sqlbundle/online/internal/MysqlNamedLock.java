package org.sqlbundle.online.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlbundle.online.Database;

/**
 * {@code GET_LOCK(name, seconds)}: a named lock of the session, untouched by the implicit commits of DDL, so it
 * holds across a whole MySQL/MariaDB migration. The server waits the timeout itself.
 */
final class MysqlNamedLock implements MigrationLock {

    private final Connection connection;
    private final String name;

    private MysqlNamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static MysqlNamedLock acquire(Database database, Connection connection, String baseName, Duration timeout) {
        String name = serverWideName(database, connection, baseName);
        String kind = "GET_LOCK('" + name + "')";
        try (PreparedStatement s = connection.prepareStatement("select get_lock(?, ?)")) {
            s.setString(1, name);
            s.setLong(2, Math.max(0, (timeout.toMillis() + 999) / 1000));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                int got = r.getInt(1);
                if (r.wasNull()) {
                    throw LockTimeouts.failed(database, kind, "GET_LOCK returned NULL");
                }
                if (got != 1) {
                    throw LockTimeouts.timedOut(database, kind, timeout);
                }
                return new MysqlNamedLock(connection, name);
            }
        } catch (SQLException e) {
            throw LockTimeouts.failed(database, kind, e.getMessage());
        }
    }

    /** Named locks are server-wide: the database's name keeps two databases on one server apart (64 chars max). */
    private static String serverWideName(Database database, Connection connection, String baseName) {
        try (PreparedStatement s = connection.prepareStatement("select database()");
             ResultSet r = s.executeQuery()) {
            r.next();
            String name = baseName + "@" + r.getString(1);
            return name.length() <= 64 ? name : name.substring(0, 64);
        } catch (SQLException e) {
            throw LockTimeouts.failed(database, "GET_LOCK", e.getMessage());
        }
    }

    @Override
    public void close() {
        try (PreparedStatement s = connection.prepareStatement("select release_lock(?)")) {
            s.setString(1, name);
            s.execute();
        } catch (SQLException e) {
            // the lock goes with the session
        }
    }
}
