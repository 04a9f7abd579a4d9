package org.sqlbundle.verifier.internal.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;

/**
 * A SQLite database in a temporary file (a file, not {@code :memory:}, so that every connection and the
 * {@code sqlite3} client see the same database). The file and its journal/WAL companions go on close.
 */
public final class SqliteTarget implements Target {

    private final Path file;
    private boolean closed;

    private SqliteTarget(Path file) {
        this.file = file;
    }

    public static SqliteTarget create() {
        try {
            return new SqliteTarget(Files.createTempFile("sqlbundle-scratch-", ".db"));
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot create a temporary SQLite file: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public synchronized Connection openConnection() {
        if (closed) {
            // the driver would create the removed file again, and nothing would remove it
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    describe() + " is closed: its file has been removed");
        }
        Connection c = DriverConnections.open("jdbc:sqlite:" + file, null, null, describe());
        // a scratch file removed at the end needs no fsync per commit; schema and constraints behave the same
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA synchronous = OFF");
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the configure error below is the one to report
            }
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot configure " + describe() + ": " + e.getMessage(), e);
        }
        return c;
    }

    @Override
    public String describe() {
        return "sqlite " + file;
    }

    @Override
    public Optional<ClientCommand> clientCommand() {
        return Optional.of(ClientCommand.of(List.of("sqlite3", "-bail", file.toString()), Map.of()));
    }

    @Override
    public Target openFresh() {
        return create();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // a temp file that cannot be deleted is left to the OS's temp cleaning
            }
        }
    }
}
