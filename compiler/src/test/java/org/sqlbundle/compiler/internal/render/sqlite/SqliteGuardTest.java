package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version guard and stamps, executed through JDBC and through {@code sqlite3 -bail}. */
class SqliteGuardTest {

    private static final String TABLE = "user\"versions";
    private static final String MARKER = "CREATE TABLE \"marker\" (\"x\" INTEGER)";

    private final SqliteRenderer renderer = new SqliteRenderer();

    private List<String> guard(String expected) {
        return renderer.guard(TABLE, Optional.ofNullable(expected));
    }

    private List<String> stamp(String from, String to) {
        return renderer.stamp(TABLE, Optional.ofNullable(from), Optional.ofNullable(to));
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void guardAndStampSequenceThroughJdbc(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("g.db"))) {
            db.execute(renderer.createVersionTable(TABLE));
            db.execute(renderer.createVersionTable(TABLE)); // IF NOT EXISTS: a second bundle run must not fail
            db.execute(guard(null));
            db.inTransaction(stamp(null, "abc123"));
            db.execute(guard("abc123"));
            assertGuardFails(db, guard(null), "sqlbundle guard: database is not at base");
            assertGuardFails(db, guard("abc"), "sqlbundle guard: database is not at version abc");
            db.inTransaction(stamp("abc123", "it's"));
            assertEquals("it's", db.single("SELECT version_num FROM \"user\"\"versions\""));
            db.execute(guard("it's"));
            assertGuardFails(db, guard("abc123"), "not at version abc123");
            db.inTransaction(stamp("it's", null));
            assertEquals("", db.single("SELECT version_num FROM \"user\"\"versions\""));
            db.execute(guard(null));
            assertEquals(List.of(), stamp(null, null));
        }
    }

    @Test
    void guardRejectsTwoRowsEvenIfOneMatches(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("g.db"))) {
            db.execute(renderer.createVersionTable(TABLE));
            db.execute(stamp(null, "a"));
            db.execute(stamp(null, "b"));
            assertGuardFails(db, guard("a"), "not at version a");
        }
    }

    @Test
    void failedGuardStopsTheTransactionBeforeAnythingChanges(@TempDir Path dir) throws Exception {
        try (JdbcSqlite db = new JdbcSqlite(dir.resolve("g.db"))) {
            db.execute(renderer.createVersionTable(TABLE));
            db.execute(stamp(null, "a"));
            assertThrows(SQLException.class, () -> db.inTransaction(concat(guard("b"), MARKER)));
            assertEquals("", db.single("SELECT name FROM sqlite_master WHERE name = 'marker'"));
            db.execute(guard("a")); // the leftover temp table of the failed guard does not get in the way
        }
    }

    @Test
    void guardAndStampSequenceThroughTheClient(@TempDir Path dir) throws Exception {
        SqliteClient.requireClient();
        Path db = dir.resolve("g.db");
        List<String> base = concat(renderer.createVersionTable(TABLE));
        base.addAll(guard(null));
        base.addAll(stamp(null, "abc123"));
        base.addAll(guard("abc123"));
        base.addAll(stamp("abc123", "it's"));
        base.addAll(guard("it's"));
        SqliteClient.Result ok = SqliteClient.runScript(db, base);
        assertEquals(0, ok.exitCode(), ok.stderr());
        assertEquals("it's", SqliteClient.query(db, "SELECT version_num FROM \"user\"\"versions\""));

        SqliteClient.Result wrong = SqliteClient.runScript(db, concat(guard("abc123"), MARKER));
        assertNotEquals(0, wrong.exitCode());
        assertTrue(wrong.stderr().contains("sqlbundle guard: database is not at version abc123"), wrong.stderr());
        SqliteClient.Result notBase = SqliteClient.runScript(db, concat(guard(null), MARKER));
        assertNotEquals(0, notBase.exitCode());
        assertTrue(notBase.stderr().contains("sqlbundle guard: database is not at base"), notBase.stderr());
        assertEquals("", SqliteClient.query(db, "SELECT name FROM sqlite_master WHERE name = 'marker'"));

        SqliteClient.Result back = SqliteClient.runScript(db, concat(stamp("it's", null), guard(null).toArray(String[]::new)));
        assertEquals(0, back.exitCode(), back.stderr());
        assertEquals("", SqliteClient.query(db, "SELECT * FROM \"user\"\"versions\""));
    }

    @Test
    void guardOnAMissingVersionTableFailsInTheClient(@TempDir Path dir) throws Exception {
        SqliteClient.requireClient();
        Path db = dir.resolve("g.db");
        SqliteClient.Result r = SqliteClient.runScript(db, concat(guard("abc"), MARKER));
        assertNotEquals(0, r.exitCode());
        assertEquals("", SqliteClient.query(db, "SELECT name FROM sqlite_master WHERE name = 'marker'"));
    }

    private static void assertGuardFails(JdbcSqlite db, List<String> guard, String message) {
        SQLException e = assertThrows(SQLException.class, () -> db.execute(guard));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
