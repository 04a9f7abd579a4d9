package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.SqliteTarget;

/** A reused connection must look like a new one to every script: nothing a previous script set or left open. */
class ConnectionsTest {

    private static EmbeddedPostgresTarget postgres;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresTarget.start();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void postgresSessionSettingsAndTempTablesAreGoneAfterAScript() throws SQLException {
        try (Connections connections = new Connections()) {
            Connection c = connections.of(postgres);
            run(c, "SET statement_timeout = '1234ms'");
            run(c, "CREATE TEMP TABLE scratch_left (id int)");
            connections.afterScript(postgres, "SET statement_timeout = '1234ms'; CREATE TEMP TABLE scratch_left (id int)");

            assertSame(c, connections.of(postgres), "the connection is reused");
            assertEquals("0", single(c, "SHOW statement_timeout"));
            assertNull(single(c, "SELECT to_regclass('scratch_left')::text"));
        }
    }

    @Test
    void postgresTransactionLeftOpenByAScriptIsRolledBack() throws SQLException {
        try (Connections connections = new Connections()) {
            Connection c = connections.of(postgres);
            run(c, "BEGIN");
            run(c, "CREATE TABLE left_open (id int)");
            connections.afterScript(postgres, "BEGIN; CREATE TABLE left_open (id int)");

            assertTrue(c.isClosed(), "a session inside a transaction cannot be reset, so it is closed");
            Connection next = connections.of(postgres);
            assertNotSame(c, next);
            assertNull(single(next, "SELECT to_regclass('left_open')::text"));
        }
    }

    @Test
    void sqliteSettingLeftOnGetsANewConnection() throws SQLException {
        try (SqliteTarget sqlite = SqliteTarget.create(); Connections connections = new Connections()) {
            Connection c = connections.of(sqlite);
            run(c, "PRAGMA legacy_alter_table = ON"); // what the bundles set around a rebuild, here left on
            connections.afterScript(sqlite, "PRAGMA legacy_alter_table = ON");

            assertTrue(c.isClosed());
            Connection next = connections.of(sqlite);
            assertFalse(next.isClosed());
            assertEquals("0", single(next, "PRAGMA legacy_alter_table"));
            assertSame(next, connections.of(sqlite), "reused until the next script");
        }
    }

    /** What every revision's script does: a transaction, guards in a temp table, a setting set and set back. */
    static final String CLEAN_SQLITE_SCRIPT = """
            BEGIN;
            CREATE TABLE kept (x INTEGER);
            CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CHECK ("ok" = 1));
            INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 0) THEN 1 ELSE 0 END;
            DROP TABLE temp."_sqlbundle_check";
            PRAGMA legacy_alter_table = ON;
            INSERT INTO kept (x) VALUES (1), (2);
            PRAGMA main.legacy_alter_table = OFF;
            COMMIT;
            -- PRAGMA case_sensitive_like = ON: a comment is no setting
            SELECT 'PRAGMA recursive_triggers = ON';
            """;

    @Test
    void sqliteConnectionIsKeptWhenTheScriptLeftNothingInTheSession() throws SQLException {
        try (SqliteTarget sqlite = SqliteTarget.create(); Connections connections = new Connections()) {
            Connection c = connections.of(sqlite);
            new JdbcReplay(Dialect.SQLITE).run(c, "clean.sql", CLEAN_SQLITE_SCRIPT);
            connections.afterScript(sqlite, CLEAN_SQLITE_SCRIPT);

            assertSame(c, connections.of(sqlite), "nothing to reset: no new connection, no schema read again");
            assertEquals("0", single(c, "SELECT changes()"), "as on a new connection, not the script's 2");
            assertEquals("2", single(c, "SELECT count(*) FROM kept"));
        }
    }

    static Stream<Arguments> sessionLeftovers() {
        return Stream.of(
                Arguments.of("PRAGMA recursive_triggers = ON", "PRAGMA recursive_triggers", "0"),
                Arguments.of("PRAGMA case_sensitive_like = ON", "SELECT 'a' LIKE 'A'", "1"),
                Arguments.of("PRAGMA \"foreign_keys\" = ON", "PRAGMA foreign_keys", "0"),
                Arguments.of("CREATE TEMP TABLE left_behind (x INTEGER)", "SELECT count(*) FROM sqlite_temp_master", "0"),
                Arguments.of("CREATE TEMP VIEW left_view AS SELECT 1", "SELECT count(*) FROM sqlite_temp_master", "0"),
                Arguments.of("BEGIN; CREATE TABLE half_done (x INTEGER)",
                        "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'", "0"),
                Arguments.of("SAVEPOINT sp; CREATE TABLE half_done (x INTEGER)",
                        "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'", "0"),
                Arguments.of("ATTACH ':memory:' AS other", "SELECT count(*) FROM pragma_database_list WHERE name = 'other'",
                        "0"),
                Arguments.of("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7); SELECT last_insert_rowid()",
                        "SELECT last_insert_rowid()", "0"),
                Arguments.of("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7); SELECT total_changes()",
                        "SELECT total_changes()", "0"));
    }

    /**
     * Each script leaves something in its session that a new connection would not have: the connection must not
     * serve the next script, and the next one must not see it.
     */
    @ParameterizedTest
    @MethodSource("sessionLeftovers")
    void sqliteSessionStateLeftByAScriptIsNeverSeenByTheNext(String script, String probe, String fresh)
            throws SQLException {
        try (SqliteTarget sqlite = SqliteTarget.create(); Connections connections = new Connections()) {
            Connection c = connections.of(sqlite);
            for (String statement : script.split(";")) {
                run(c, statement);
            }
            connections.afterScript(sqlite, script);

            Connection next = connections.of(sqlite);
            assertNotSame(c, next, script);
            assertEquals(fresh, single(next, probe), script);
        }
    }

    @Test
    void closeClosesEveryConnection() throws SQLException {
        Connection c;
        try (Connections connections = new Connections()) {
            c = connections.of(postgres);
        }
        assertTrue(c.isClosed());
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
