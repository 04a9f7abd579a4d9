package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.render.EmbeddedPostgresServer;

/**
 * Two real clients (sqlite3, psql) run the same per-step bundle of a slow data fix at once, the second starting
 * while the first is inside the revision: exactly one applies it (the balance is multiplied once) and the other
 * fails. Without the history marker and the checked stamp both exit 0 and the fix runs twice.
 */
class BundleRaceClientTest {

    @RegisterExtension
    static final EmbeddedPostgresServer PG = new EmbeddedPostgresServer();

    @TempDir
    Path dir;

    static Compiler datafix() {
        return Compiler.configure().chainDir(OnlineFixtures.repoRoot().resolve("online/src/test/resources/chains/datafix"))
                .load();
    }

    @Test
    void twoSqlite3ClientsWaitingForEachOtherApplyTheDataFixOnce() throws Exception {
        Path file = dir.resolve("race.db");
        Database db = Database.of("jdbc:sqlite:" + file, Optional.empty(), Optional.empty(), Optional.empty());
        // a busy timeout makes the second client wait for the first instead of failing at once, as a DBA's would
        assertOneApplied(db, List.of("sqlite3", "-bail", "-cmd", ".timeout 60000", file.toString()), Map.of());
    }

    @Test
    void twoPsqlClientsApplyTheDataFixOnce() throws Exception {
        String name = "race_" + System.nanoTime();
        try (Connection c = PG.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        Database db = Database.of("jdbc:postgresql://127.0.0.1:" + PG.port() + "/" + name, Optional.of("postgres"),
                Optional.empty(), Optional.empty());
        assertOneApplied(db, List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(PG.port()), "-U", "postgres",
                "-d", name, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-w"), Map.of());
    }

    /** Brings {@code db} to d0000001, races two clients on the d0000001 -> d0000002 bundle, checks the outcome. */
    static void assertOneApplied(Database db, List<String> client, Map<String, String> env) throws Exception {
        Compiler compiler = datafix();
        new Migrator(compiler, db, Duration.ofSeconds(60), MigrationListener.NONE)
                .migrate(MigrationTarget.to(Range.Direction.UPGRADE, "d0000001"));
        String script = compiler.script(db.dialect(), compiler.chain().range("d0000001:d0000002",
                Range.Direction.UPGRADE, 0));
        Path file = Files.createTempFile("race-", ".sql");
        try {
            Files.writeString(file, script);
            List<Process> clients = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ProcessBuilder pb = new ProcessBuilder(client).redirectInput(file.toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().putAll(env);
                clients.add(pb.start());
                Thread.sleep(400); // the second starts while the first sleeps inside the revision
            }
            List<Integer> exits = new ArrayList<>();
            for (Process p : clients) {
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("a client did not finish within 120 s");
                }
                exits.add(p.exitValue());
            }
            assertEquals(1, exits.stream().filter(e -> e == 0).count(), "exactly one client succeeds: " + exits);
            assertEquals(5000, balance(db), "the data fix ran once");
            CurrentVersion now = new Migrator(compiler, db, Duration.ofSeconds(60), MigrationListener.NONE).current();
            assertEquals("d0000002", now.revision().orElseThrow().id());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static int balance(Database db) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select balance from accounts where id = 1")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Issue 13: a feature name with a line break ended the header's comment; psql and sqlite3 ran the rest. */
    @Test
    void featureNamesAndMessagesNeverLeaveTheirCommentUnderTheRealClients() throws Exception {
        List<String> features = List.of("lbaas", "x\ncreate table pwned (i int);", "y*/ create table pwned2 (i int); /*",
                "z\rcreate table pwned3 (i int);");
        Compiler compiler = Compiler.configure().chainDir(OnlineFixtures.repoRoot().resolve("examples/lbaas/revisions"))
                .features(features).load();
        Path sqliteFile = dir.resolve("inject.db");
        Database sqlite = Database.of("jdbc:sqlite:" + sqliteFile, Optional.empty(), Optional.empty(), Optional.empty());
        run(List.of("sqlite3", "-bail", sqliteFile.toString()), Map.of(), compiler.script(sqlite.dialect(),
                compiler.chain().range("base:head", Range.Direction.UPGRADE, -1)));
        String name = "inject_" + System.nanoTime();
        try (Connection c = PG.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        Database pg = Database.of("jdbc:postgresql://127.0.0.1:" + PG.port() + "/" + name, Optional.of("postgres"),
                Optional.empty(), Optional.empty());
        run(List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(PG.port()), "-U", "postgres", "-d", name, "-v",
                "ON_ERROR_STOP=1", "-X", "-q", "-w"), Map.of(), compiler.script(pg.dialect(),
                compiler.chain().range("base:head", Range.Direction.UPGRADE, -1)));
        for (Database db : List.of(sqlite, pg)) {
            java.util.Set<String> tables = MigratorContract.userTables(db, compiler);
            assertEquals(List.of(), tables.stream().filter(t -> t.startsWith("pwned")).toList(), db.describe());
            assertEquals(compiler.model().schemaAt(compiler.chain().headPosition()).tables().keySet(), tables);
        }
    }

    /** A revision left marked started (a crash on MySQL) stops every later hand-applied bundle at its guard. */
    @Test
    void aBundleStopsAtItsGuardWhenTheHistoryMarksARevisionCutShort() throws Exception {
        Compiler compiler = datafix();
        Path file = dir.resolve("cut.db");
        Database db = Database.of("jdbc:sqlite:" + file, Optional.empty(), Optional.empty(), Optional.empty());
        new Migrator(compiler, db, Duration.ofSeconds(60), MigrationListener.NONE)
                .migrate(MigrationTarget.to(Range.Direction.UPGRADE, "d0000002"));
        MigratorContract.execute(db, "insert into sqlbundle_version_history values ('d0000003', 'x', 'started')");
        String script = compiler.script(db.dialect(), compiler.chain().range("d0000002:head", Range.Direction.UPGRADE, 0));
        Process p = new ProcessBuilder("sqlite3", "-bail", file.toString()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertNotEquals(0, p.waitFor(), output);
        org.junit.jupiter.api.Assertions.assertTrue(output.contains("a revision was cut short"), output);
        assertEquals(java.util.Set.of("accounts"), MigratorContract.userTables(db, compiler), "nothing ran");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.sqlbundle.errors.SqlbundleException.class,
                () -> new Migrator(compiler, db, Duration.ofSeconds(60), MigrationListener.NONE).current());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("E086")
                && e.getMessage().contains("revision d0000003 was cut short"), e.getMessage());
    }

    /** Runs {@code script} through {@code client} on its stdin; it must succeed. */
    static void run(List<String> client, Map<String, String> env, String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(client).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), client.get(0) + " failed: " + output);
    }
}
