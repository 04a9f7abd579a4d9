package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.internal.target.SqliteTarget;

/**
 * A signal's shutdown hook removes what the run opened while the verify thread goes on. Whatever that thread opens
 * afterwards (a fresh target, a connection that would recreate a removed SQLite file) must not outlive the run.
 */
class TeardownRaceTest {

    @Test
    void aResourceRegisteredAfterTeardownBeganIsClosedAtOnceAndStopsTheRun() {
        Cleanup cleanup = new Cleanup();
        cleanup.close();
        AtomicBoolean closed = new AtomicBoolean();
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> cleanup.register(() -> closed.set(true)));
        assertTrue(closed.get(), "the late resource was closed");
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    }

    @Test
    void aClosedSqliteTargetRefusesConnectionsInsteadOfRecreatingItsFile() {
        SqliteTarget target = SqliteTarget.create();
        Path file = target.file();
        target.close();
        assertThrows(SqlbundleException.class, target::openConnection);
        assertFalse(Files.exists(file), "no scratch file came back");
    }

    @Test
    void closedConnectionsOpenNoNewConnection() {
        SqliteTarget target = SqliteTarget.create();
        try {
            Connections connections = new Connections();
            connections.close();
            assertThrows(SqlbundleException.class, () -> connections.of(target));
        } finally {
            target.close();
        }
    }
}
