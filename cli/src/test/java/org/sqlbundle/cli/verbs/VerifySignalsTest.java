package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;

/**
 * verify --target jdbc:... in its own JVM, stopped part-way: SIGTERM must drop the scratch databases every time;
 * after SIGKILL they stay, under their recognisable name, and verify --cleanup removes them.
 */
class VerifySignalsTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    private static final String EXAMPLE = ROOT.resolve("examples/lbaas").toString();

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    @TempDir
    Path work;

    private String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PG.port() + "/postgres";
    }

    private List<String> scratchDatabases() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(serverUrl(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'sqlbundle\\_scratch\\_%'")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** The CLI's Main in a JVM of its own, as bin/sqlbundle runs it. */
    private Process startVerify() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.sqlbundle.cli.Main",
                "verify", "--dir", EXAMPLE, "--feature", "lbaas", "--target", serverUrl(), "--user", "postgres")
                .redirectErrorStream(true).redirectOutput(work.resolve("verify.log").toFile()).start();
    }

    /** Waits until the run has created its scratch database, then lets it work a little longer. */
    private void waitForScratch(Process p, int extraMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (scratchDatabases().isEmpty()) {
            assertTrue(p.isAlive(), "verify ended before it created a scratch database");
            assertTrue(System.nanoTime() < deadline, "no scratch database within 60 s");
            Thread.sleep(20);
        }
        Thread.sleep(extraMillis);
    }

    @Test
    void sigtermDropsTheScratchDatabasesEveryTime() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 6; trial++) {
            assertEquals(List.of(), scratchDatabases());
            Process verify = startVerify();
            waitForScratch(verify, random.nextInt(1500));
            verify.destroy(); // SIGTERM
            assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "verify did not end after SIGTERM");
            assertEquals(List.of(), scratchDatabases(), "trial " + trial + " left a scratch database");
        }
    }

    @Test
    void afterSigkillCleanupRemovesTheLeftovers() throws Exception {
        Process verify = startVerify();
        waitForScratch(verify, 300);
        verify.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(verify.waitFor(30, TimeUnit.SECONDS));
        List<String> left = scratchDatabases();
        assertFalse(left.isEmpty(), "SIGKILL runs no cleanup");
        Outcome cleanup = Sqlbundle.run(work, "verify", "--cleanup", "--target", serverUrl(), "--user", "postgres");
        assertEquals(0, cleanup.exitCode(), cleanup.err());
        for (String name : left) {
            assertTrue(cleanup.out().contains("dropped " + name), cleanup.out());
        }
        assertEquals(List.of(), scratchDatabases());
        Outcome notJdbc = Sqlbundle.run(work, "verify", "--cleanup", "--target", "sqlite");
        assertEquals(2, notJdbc.exitCode(), notJdbc.err());
    }
}
