package org.sqlbundle.verifier.internal.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/** The real clients: sqlite3 on a temp file, local psql against embedded PostgreSQL. */
class ClientReplayTest {

    @TempDir
    Path dir;

    private Path script(String text) throws IOException {
        return Files.writeString(dir.resolve("bundle.sql"), text);
    }

    private static int count(Target target, String table) throws SQLException {
        try (Connection c = target.openConnection(); ResultSet r = c.createStatement()
                .executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void sqlite3RunsTriggersAndTransactions() throws Exception {
        try (SqliteTarget target = SqliteTarget.create()) {
            ClientResult result = ClientReplay.run(target, script("""
                    CREATE TABLE t (a INTEGER);
                    CREATE TABLE log (n INTEGER);
                    CREATE TEMP TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.a); END;
                    BEGIN;
                    INSERT INTO t VALUES (1);
                    INSERT INTO t VALUES (2);
                    COMMIT;
                    """));
            assertEquals(0, result.exitCode());
            assertEquals(2, count(target, "t"));
        }
    }

    @Test
    void sqlite3FailureStopsAtTheStatementAndNamesIt() throws Exception {
        try (SqliteTarget target = SqliteTarget.create()) {
            ReplayFailure failure = assertThrows(ReplayFailure.class, () -> ClientReplay.run(target,
                    script("CREATE TABLE t (a INTEGER);\nINSERT INTO missing VALUES (1);\nINSERT INTO t VALUES (1);\n")));
            assertEquals(OptionalInt.of(2), failure.line());
            assertEquals("INSERT INTO missing VALUES (1)", failure.statement().orElseThrow());
            assertTrue(failure.databaseMessage().contains("no such table"), failure.databaseMessage());
            assertEquals(0, count(target, "t"), "-bail stops before the next statement");
        }
    }

    @Test
    void psqlRunsDollarQuotedBlocksAgainstEmbeddedPostgres() throws Exception {
        try (EmbeddedPostgresTarget target = EmbeddedPostgresTarget.start()) {
            ClientReplay.run(target, script("""
                    BEGIN;
                    CREATE TABLE t (a integer);
                    DO $guard$ BEGIN INSERT INTO t VALUES (1); END $guard$;
                    COMMIT;
                    """));
            assertEquals(1, count(target, "t"));
            ReplayFailure failure = assertThrows(ReplayFailure.class, () -> ClientReplay.run(target,
                    script("INSERT INTO t VALUES (2);\nSELECT 1;\n\nINSERT INTO\n  nope VALUES (3);\nINSERT INTO t VALUES (4);\n")));
            assertEquals(OptionalInt.of(4), failure.line());
            assertTrue(failure.databaseMessage().contains("nope"), failure.databaseMessage());
            assertEquals(2, count(target, "t"), "ON_ERROR_STOP stops before the next statement");
        }
    }

    @Test
    void h2HasNoClient() throws Exception {
        try (H2Target target = H2Target.create()) {
            SqlbundleException e = assertThrows(SqlbundleException.class,
                    () -> ClientReplay.run(target, script("SELECT 1;")));
            assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        }
    }
}
