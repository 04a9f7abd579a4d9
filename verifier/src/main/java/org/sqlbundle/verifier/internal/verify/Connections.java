package org.sqlbundle.verifier.internal.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * One JDBC connection per database for the whole run: a pgjdbc or MariaDB connect costs more than most revisions'
 * SQL. Every use must still see the session a new connection would, as a DBA's client run does, so after each script
 * the session is reset (PostgreSQL {@code DISCARD ALL}, MySQL/MariaDB COM_RESET_CONNECTION); SQLite has no reset,
 * so its connection is kept only when {@link SqliteSession} proves nothing of the script stayed in the session; else,
 * and on H2, the connection is closed and the next use opens a new one. A refused script may leave its transaction
 * open: that connection is closed, which rolls it back.
 */
public final class Connections implements AutoCloseable {

    private final Map<Target, Connection> open = new IdentityHashMap<>();
    /** A new SQLite connection's {@link SqliteSession#flags}, read once per target. */
    private final Map<Target, String> freshFlags = new IdentityHashMap<>();
    private boolean closed;

    synchronized Connection of(Target target) {
        if (closed) {
            // a signal's cleanup closed the connections under the verify thread: opening one again would recreate
            // a scratch SQLite file the cleanup is about to remove
            throw Cleanup.stopped();
        }
        Connection c = open.get(target);
        if (c == null) {
            c = target.openConnection();
            open.put(target, c);
            if (target.dialect() == Dialect.SQLITE && !freshFlags.containsKey(target)) {
                freshFlags.put(target, flagsOf(target, c));
            }
        }
        return c;
    }

    private static String flagsOf(Target target, Connection c) {
        try {
            return SqliteSession.flags(c);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot read the session settings of " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    /** After {@code script} ran: a session as fresh as a new connection's, whatever the script SET or left open. */
    synchronized void afterScript(Target target, String script) {
        Connection c = open.get(target);
        if (c == null) {
            return;
        }
        try {
            if (!reset(target.dialect(), c, script, freshFlags.get(target))) {
                release(target);
            }
        } catch (SQLException e) {
            release(target);
        }
    }

    private static boolean reset(Dialect dialect, Connection c, String script, String fresh) throws SQLException {
        switch (dialect) {
            case SQLITE -> {
                return SqliteSession.clean(c, script, fresh);
            }
            case POSTGRESQL -> {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    // fails inside a transaction the script left open; the caller then closes the connection
                    s.execute("DISCARD ALL");
                }
                return true;
            }
            case MYSQL, MARIADB -> {
                if (!c.isWrapperFor(org.mariadb.jdbc.Connection.class)) {
                    return false;
                }
                c.unwrap(org.mariadb.jdbc.Connection.class).reset();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Closes the target's connection, if any; the next {@link #of} opens a new one. */
    public synchronized void release(Target target) {
        Connection c = open.remove(target);
        if (c != null) {
            closeQuietly(c);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        open.values().forEach(Connections::closeQuietly);
        open.clear();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the server may be gone already; nothing is left to release
        }
    }
}
