package org.sqlbundle.online.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlbundle.online.Database;

/**
 * A session-level advisory lock: it survives the scripts' own COMMIT and ROLLBACK and goes with the session.
 * {@code pg_try_advisory_lock} is polled rather than {@code pg_advisory_lock} with {@code lock_timeout}, so
 * waiting never leaves a statement timeout set on the connection the migration then runs on.
 */
final class PostgresAdvisoryLock implements MigrationLock {

    private final Connection connection;
    private final long key;

    private PostgresAdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static PostgresAdvisoryLock acquire(Database database, Connection connection, String name, Duration timeout) {
        long key = keyOf(name);
        String kind = "PostgreSQL advisory lock " + key;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement s = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            do {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return new PostgresAdvisoryLock(connection, key);
                    }
                }
            } while (LockTimeouts.pause(deadline));
        } catch (SQLException e) {
            throw LockTimeouts.failed(database, kind, e.getMessage());
        }
        throw LockTimeouts.timedOut(database, kind, timeout);
    }

    /** A stable 64-bit key from the name: the first 8 bytes of its SHA-256. */
    static long keyOf(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement s = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            s.setLong(1, key);
            s.execute();
        } catch (SQLException e) {
            // the session ends with the connection, and the lock with it
        }
    }
}
