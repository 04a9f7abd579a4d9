package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Issue 13: an online upgrade on MariaDB killed with kill -9 at random points (a child JVM running the Migrator,
 * 20 trials, each bounded) never leaves a state the next run misreports or silently repeats. After each kill the
 * next {@code upgrade head} either completes with the data fix applied exactly once, or stops with E086 naming
 * exactly the revision after the stamped one, which the history table marks started; the data fix (a revision
 * without DDL, one transaction with its stamp) is never the one cut short.
 */
@ExtendWith(RequiresDocker.class)
class MariadbCrashIT {

    private static final int TRIALS = 20;
    private static JdbcDatabaseContainer<?> server;

    @BeforeAll
    static void start() {
        server = ServerContainers.startMariadb();
    }

    @AfterAll
    static void stop() throws Exception {
        LeftoverContainers.removeAndAssertNone(server);
    }

    @Test
    void killedRunsAreNeverMisreportedOrRepeated() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Compiler compiler = BundleRaceClientTest.datafix();
        Chain chain = compiler.chain();
        int fix = chain.positionOf("d0000002").orElseThrow();
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            String name = "crash_" + trial;
            Database db = createDatabase(name);
            // the migration takes about 3.5 s (the fix sleeps 1.5 s in one transaction, d0000003 pauses 0.4 s
            // between its DDL statements): kill anywhere in it, or just after
            // every other trial counts from the end of the fix instead, so that many kills land inside d0000003
            boolean afterFix = trial % 2 == 1;
            long killAfterMillis = random.nextInt(afterFix ? 2000 : 4500);
            String killedAt = runAndKill(db, afterFix ? "applied d0000002" : "ready", killAfterMillis);
            Migrator next = new Migrator(compiler, db, Duration.ofSeconds(60), MigrationListener.NONE);
            String outcome;
            try {
                next.migrate(MigrationTarget.to(Range.Direction.UPGRADE, "head"));
                assertEquals(chain.headPosition(), next.current().position());
                assertEquals(5000, BundleRaceClientTest.balance(db), "trial " + trial + " (seed " + seed
                        + "): the data fix ran exactly once");
                outcome = "completed by the next run (killed " + killedAt + ")";
            } catch (SqlbundleException e) {
                assertTrue(e.getMessage().contains("E086"), "trial " + trial + " (seed " + seed + "): "
                        + e.getMessage());
                int at = versionPosition(db, chain);
                String cut = chain.at(at + 1).id();
                assertEquals(List.of(cut + " " + History.STARTED), unfinished(db), "the marked revision is the one "
                        + "after the stamped one");
                assertTrue(e.getMessage().contains("revision " + cut + " was cut short"), e.getMessage());
                assertTrue(e.getMessage().contains("which of its DDL statements ran is unknown"), e.getMessage());
                assertTrue(at + 1 != fix, "the data fix runs in one transaction with its stamp: never cut short");
                if (at >= fix) {
                    assertEquals(5000, BundleRaceClientTest.balance(db), "the fix is in, once");
                } else if (at >= 0) {
                    assertEquals(500, BundleRaceClientTest.balance(db), "the fix has not run");
                }
                // stamping is the documented way out: it clears the mark, and the run after it goes on
                assertEquals(at, next.stamp(at < 0 ? "base" : chain.at(at).id()).position());
                assertEquals(List.of(), unfinished(db));
                outcome = "E086 on " + cut;
            }
            outcomes.merge(outcome.replaceAll(" \\(killed .*\\)", ""), 1, Integer::sum);
        }
        System.out.println("MariadbCrashIT seed " + seed + ": " + outcomes);
        assertEquals(TRIALS, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        // half the kills aim at d0000003's pauses: all of them missing would mean the kills never land
        assertTrue(outcomes.keySet().stream().anyMatch(o -> o.startsWith("E086")), "no kill cut a DDL revision "
                + "short (seed " + seed + "): " + outcomes);
    }

    /** Starts the child, kills it {@code millis} after it printed {@code anchor}; says when. */
    private static String runAndKill(Database db, String anchor, long millis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dsqlbundle.repoRoot=" + OnlineFixtures.repoRoot().toAbsolutePath(), CrashChild.class.getName(),
                db.url(), "root").redirectErrorStream(true);
        pb.environment().put("SQLBUNDLE_PASSWORD", server.getPassword());
        Process child = pb.start();
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while ((line = out.readLine()) != null && !line.equals(anchor)) {
                lines.add(line);
                if (System.nanoTime() > deadline) {
                    fail("the child did not start in 90 s: " + lines);
                }
            }
            if (line == null) {
                fail("the child ended before it printed '" + anchor + "': " + lines);
            }
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the client
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
        return millis + " ms after '" + anchor + "'";
    }

    private static Database createDatabase(String name) throws Exception {
        String root = ServerContainers.mariadbUrl(server, "");
        try (Connection c = DriverManager.getConnection(root, "root", server.getPassword());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return Database.of(ServerContainers.mariadbUrl(server, name), Optional.of("root"),
                Optional.of(server.getPassword()), Optional.empty());
    }

    private static int versionPosition(Database db, Chain chain) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version_num from sqlbundle_version")) {
            return r.next() ? chain.positionOf(r.getString(1)).orElseThrow() : Chain.BASE;
        } catch (java.sql.SQLException noTableYet) {
            return Chain.BASE;
        }
    }

    private static List<String> unfinished(Database db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select revision, state from sqlbundle_version_history where state <> "
                     + "'applied' order by revision")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return rows;
    }
}
