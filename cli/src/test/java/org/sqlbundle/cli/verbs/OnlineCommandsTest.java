package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.online.Database;
import org.sqlbundle.online.internal.MigrationLock;

/** current, stamp, upgrade and downgrade against SQLite and H2 database files through the command line. */
class OnlineCommandsTest {

    private static final String SECRET = "cli-Secret-0815";
    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    private static final String EXAMPLE = ROOT.resolve("examples/lbaas/revisions").toString();
    private static final String HALFWAY = ROOT.resolve("online/src/test/resources/chains/halfway").toString();

    @TempDir
    Path work;

    static Stream<String> kinds() {
        return Stream.of("sqlite", "h2");
    }

    private String url(String kind) {
        return kind.equals("sqlite") ? "jdbc:sqlite:" + work.resolve("db.sqlite").toAbsolutePath()
                : "jdbc:h2:" + work.resolve("db").toAbsolutePath();
    }

    /** Every run sees the password only through SQLBUNDLE_PASSWORD, and must never print it. */
    private Outcome run(String... args) {
        Outcome outcome = Sqlbundle.runWithEnvironment(work, Map.of("SQLBUNDLE_PASSWORD", SECRET), args);
        assertFalse(outcome.out().contains(SECRET) || outcome.err().contains(SECRET), outcome.toString());
        return outcome;
    }

    private Outcome online(String kind, String chain, String... verbAndArgs) {
        List<String> args = new ArrayList<>(List.of(verbAndArgs));
        args.addAll(List.of("--dir", chain, "--url", url(kind), "--user", "sa"));
        if (chain.equals(EXAMPLE)) {
            // the example's feature; other chains have none, and naming an unknown feature is an error (E039)
            args.addAll(List.of("--feature", "lbaas"));
        }
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void roundTripWithDeltaAndNamedTargets(String kind) {
        Outcome fresh = online(kind, EXAMPLE, "current");
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertTrue(fresh.out().contains("no version table sqlbundle_version"), fresh.out());

        Outcome two = online(kind, EXAMPLE, "upgrade", "--delta", "2");
        assertEquals(0, two.exitCode(), two.err());
        assertTrue(two.out().startsWith("upgraded   8f682276ee4f [folsom]  folsom initial schema"), two.out());
        assertTrue(two.out().contains("upgraded   3cb5d900c5de  security groups"), two.out());
        assertTrue(two.out().contains("2 revision(s) applied"), two.out());
        assertTrue(online(kind, EXAMPLE, "current").out().contains(": 3cb5d900c5de (not head) security groups"));

        assertEquals(0, online(kind, EXAMPLE, "upgrade", "head").exitCode());
        Outcome atHead = online(kind, EXAMPLE, "current");
        assertTrue(atHead.out().contains(": 2528ceb28230 (head) [grizzly] grizzly release"), atHead.out());
        Outcome again = online(kind, EXAMPLE, "upgrade", "head");
        assertTrue(again.out().startsWith("nothing to do"), again.out());

        Outcome down = online(kind, EXAMPLE, "downgrade", "--delta", "1");
        assertTrue(down.out().startsWith("downgraded 2528ceb28230 [grizzly]"), down.out());
        assertEquals(0, online(kind, EXAMPLE, "downgrade", "folsom").exitCode());
        assertTrue(online(kind, EXAMPLE, "current").out().contains(": 8f682276ee4f (not head) [folsom]"));
        assertEquals(0, online(kind, EXAMPLE, "downgrade", "base").exitCode());
        Outcome base = online(kind, EXAMPLE, "current");
        assertTrue(base.out().contains("base: version table sqlbundle_version is empty"), base.out());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void stampTakesOverADatabaseWithoutMigrating(String kind) throws SQLException {
        Outcome stamped = online(kind, EXAMPLE, "stamp", "folsom");
        assertEquals(0, stamped.exitCode(), stamped.err());
        assertTrue(stamped.out().startsWith("stamped ") && stamped.out().contains("8f682276ee4f"), stamped.out());
        assertEquals(List.of("sqlbundle_version", "sqlbundle_version_history"), tablesOf(kind),
                "no migration ran: only the version and history tables");
        assertTrue(online(kind, EXAMPLE, "current").out().contains(": 8f682276ee4f (not head) [folsom]"));
    }

    /** The database's tables, without H2's lock table. */
    private List<String> tablesOf(String kind) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(kind), "sa", SECRET);
             var r = c.getMetaData().getTables(null, kind.equals("h2") ? "PUBLIC" : null, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                names.add(r.getString("TABLE_NAME"));
            }
        }
        names.remove("sqlbundle_version_lock");
        return names;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void dryRunPrintsWhatSqlPrintsForTheComputedRangeAndChangesNothing(String kind) {
        online(kind, EXAMPLE, "upgrade", "folsom");
        Outcome dry = online(kind, EXAMPLE, "upgrade", "head", "--dry-run");
        Outcome sql = run("upgrade", "folsom:head", "--sql", "--dialect", kind, "--dir", EXAMPLE, "--feature", "lbaas");
        assertEquals(0, dry.exitCode(), dry.err());
        assertEquals(sql.out(), dry.out());
        assertTrue(online(kind, EXAMPLE, "current").out().contains("8f682276ee4f (not head)"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesARangeThatDoesNotStartAtTheDatabasesVersion(String kind) {
        Outcome refused = online(kind, EXAMPLE, "upgrade", "folsom:head");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("error[E072]: the database is at base, not at 8f682276ee4f"), refused.err());
        assertTrue(online(kind, EXAMPLE, "current").out().contains("no version table"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anUnknownVersionIsAnErrorThatNamesIt(String kind) throws SQLException {
        online(kind, EXAMPLE, "stamp", "head");
        try (Connection c = DriverManager.getConnection(url(kind), "sa", SECRET); Statement s = c.createStatement()) {
            s.execute("update \"sqlbundle_version\" set \"version_num\" = 'feedface0001'");
        }
        Outcome current = online(kind, EXAMPLE, "current");
        assertEquals(2, current.exitCode());
        assertTrue(current.err().contains("error[E073]: the database is at version 'feedface0001', which chain lbaas "
                + "does not know"), current.err());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRevisionFailingHalfWayReportsRevisionStatementAndWhatIsLeft(String kind) {
        Outcome failed = online(kind, HALFWAY, "upgrade", "head");
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.out().contains("upgraded   aaaa00000001"), failed.out());
        String err = failed.err();
        assertTrue(err.contains("error[E078]: upgrade stopped in revision bbbb00000002"), err);
        assertTrue(err.contains("statement: insert into no_such_table values (1)"), err);
        assertTrue(err.contains("the version table holds aaaa00000001, the last completed revision"), err);
        if (kind.equals("sqlite")) {
            assertTrue(err.contains("no such table: no_such_table"), err);
            assertTrue(err.contains("revision bbbb00000002 was rolled back entirely"), err);
        } else {
            assertTrue(err.contains("had already run and stay committed"), err);
            assertTrue(err.toLowerCase(Locale.ROOT).contains("create table \"gadgets\""), err);
            assertFalse(err.contains("sqlbundle guard"), "the guard changed nothing, so it is not listed: " + err);
            // half-applied: the history table's mark stops the next run until it is stamped
            Outcome cut = online(kind, HALFWAY, "current");
            assertEquals(2, cut.exitCode(), cut.out());
            assertTrue(cut.err().contains("error[E086]: revision bbbb00000002 was cut short"), cut.err());
            assertTrue(cut.err().contains("'sqlbundle stamp aaaa00000001' when none did"), cut.err());
            assertEquals(0, online(kind, HALFWAY, "stamp", "aaaa00000001").exitCode());
        }
        assertTrue(online(kind, HALFWAY, "current").out().contains(": aaaa00000001 (not head)"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aHeldLockMakesTheSecondRunFailAfterTheTimeout(String kind) {
        Database db = Database.of(url(kind), Optional.of("sa"), Optional.of(SECRET), Optional.empty());
        try (Connection holder = db.open();
             MigrationLock held = MigrationLock.acquire(db, holder, "sqlbundle_version", Duration.ofSeconds(5))) {
            Outcome waited = online(kind, EXAMPLE, "upgrade", "head", "--lock-timeout", "1");
            assertEquals(3, waited.exitCode(), waited.err());
            assertTrue(waited.err().contains("error[E076]: another sqlbundle run holds the migration lock"),
                    waited.err());
            assertTrue(waited.err().contains("raise --lock-timeout"), waited.err());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals(0, online(kind, EXAMPLE, "upgrade", "head").exitCode());
    }

    @Test
    void aRefusedConnectionNeverShowsThePasswordEvenWithDebug() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String pgUrl = "jdbc:postgresql://127.0.0.1:" + closedPort + "/lbaas";
        Outcome byOption = run("--debug", "upgrade", "head", "--dir", EXAMPLE, "--url", pgUrl, "--user", "admin",
                "--password", SECRET);
        assertEquals(3, byOption.exitCode(), byOption.err());
        assertTrue(byOption.err().contains("error[E077]: cannot connect"), byOption.err());
        Outcome inUrl = run("current", "--dir", EXAMPLE, "--url", pgUrl + "?user=admin&password=" + SECRET);
        assertEquals(3, inUrl.exitCode(), inUrl.err());
        assertTrue(inUrl.err().contains("jdbc:postgresql://127.0.0.1:" + closedPort + "/lbaas?..."), inUrl.err());
    }

    @Test
    void theDatabaseComesFromTheEnvironmentOrTheConfigFileWithThePasswordFromTheVariableItNames() throws IOException {
        String h2 = url("h2");
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: " + EXAMPLE + "\nfeatures: [lbaas]\n"
                + "dialects: [postgresql, mysql, mariadb, sqlite, h2]\nurl: " + h2 + "\nuser: sa\n"
                + "password_env: LBAAS_DB_PASSWORD\n");
        Outcome fromConfig = Sqlbundle.runWithEnvironment(work, Map.of("LBAAS_DB_PASSWORD", SECRET), "upgrade",
                "--delta", "1");
        assertEquals(0, fromConfig.exitCode(), fromConfig.err());
        assertFalse((fromConfig.out() + fromConfig.err()).contains(SECRET));
        try (Connection c = DriverManager.getConnection(h2, "sa", SECRET)) {
            assertTrue(c.isValid(1), "the database was created with the password from LBAAS_DB_PASSWORD");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        Outcome unset = Sqlbundle.runWithEnvironment(work, Map.of(), "current");
        assertEquals(2, unset.exitCode());
        assertTrue(unset.err().contains("error[E079]: password_env names $LBAAS_DB_PASSWORD, which is not set"),
                unset.err());
        Outcome fromEnvironment = Sqlbundle.runWithEnvironment(work, Map.of("SQLBUNDLE_URL", url("sqlite")),
                "current", "--config", "/dev/null");
        assertEquals(2, fromEnvironment.exitCode(), "no --dir without the config file");
        Outcome sqliteFromEnvironment = Sqlbundle.runWithEnvironment(work, Map.of("SQLBUNDLE_URL", url("sqlite"),
                "LBAAS_DB_PASSWORD", SECRET), "current");
        assertTrue(sqliteFromEnvironment.out().startsWith("jdbc:sqlite:"), sqliteFromEnvironment.out());
    }

    @Test
    void aBranchedChainIsRefusedBeforeTheDatabaseIsTouched() {
        Outcome run = run("upgrade", "head", "--dir", org.sqlbundle.cli.Fixtures.chain("branched").toString(),
                "--url", url("sqlite"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E014]"), run.err());
        assertFalse(Files.exists(work.resolve("db.sqlite")), "no connection was opened");
    }

    @Test
    void aDialectThatContradictsTheUrlIsBadInput() {
        Outcome run = run("current", "--dir", EXAMPLE, "--url", url("sqlite"), "--dialect", "postgresql");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E071]: --dialect postgresql does not match the sqlite URL"), run.err());
    }

    @Test
    void deltaWithoutADatabaseOrTogetherWithATargetIsBadInput() {
        Outcome both = run("upgrade", "head", "--delta", "1", "--dir", EXAMPLE, "--url", url("sqlite"));
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("error[E079]: give either a TARGET or --delta N"), both.err());
        Outcome offline = run("upgrade", "--delta", "1", "--sql", "--dialect", "sqlite", "--dir", EXAMPLE);
        assertEquals(2, offline.exitCode());
        assertTrue(offline.err().contains("--delta counts from a database's version and needs --url"), offline.err());
    }
}
