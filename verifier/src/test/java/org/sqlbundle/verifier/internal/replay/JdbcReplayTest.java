package org.sqlbundle.verifier.internal.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/** A script's own BEGIN/COMMIT/ROLLBACK under autocommit, and failures pointing at the statement's line. */
class JdbcReplayTest {

    private static final String SCRIPT = """
            -- the script manages its own transactions
            CREATE TABLE t (a INTEGER NOT NULL);
            BEGIN;
            INSERT INTO t VALUES (1);
            COMMIT;
            BEGIN;
            INSERT INTO t VALUES (2);
            ROLLBACK;
            INSERT INTO t VALUES (3);
            """;

    private static Target open(String kind) {
        Supplier<Target> supplier = kind.equals("sqlite") ? SqliteTarget::create : H2Target::create;
        return supplier.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void scriptTransactionsCommitAndRollBackAndAutocommitComesBack(String kind) throws SQLException {
        try (Target target = open(kind); Connection c = target.openConnection()) {
            new JdbcReplay(target.dialect()).run(c, "tx.sql", SCRIPT);
            assertTrue(c.getAutoCommit());
            try (Connection other = target.openConnection();
                 ResultSet r = other.createStatement().executeQuery("SELECT sum(a), count(*) FROM t")) {
                r.next();
                assertEquals(4, r.getInt(1), "rows 1 and 3 committed, row 2 rolled back, seen from a second connection");
                assertEquals(2, r.getInt(2));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void failureNamesLineStatementAndDatabaseMessage(String kind) throws SQLException {
        try (Target target = open(kind); Connection c = target.openConnection()) {
            ReplayFailure failure = assertThrows(ReplayFailure.class, () -> new JdbcReplay(target.dialect())
                    .run(c, "broken.sql", "CREATE TABLE t (a INTEGER);\n\n-- next one fails\nINSERT INTO\n  missing VALUES (1);\n"));
            assertEquals(OptionalInt.of(4), failure.line());
            assertEquals("INSERT INTO\n  missing VALUES (1)", failure.statement().orElseThrow());
            assertTrue(failure.databaseMessage().toLowerCase(Locale.ROOT).contains("missing"), failure.databaseMessage());
            assertEquals(SqlbundleException.Kind.CHECK_FAILED, failure.kind());
            assertTrue(failure.getMessage().startsWith("broken.sql:4: error: "), failure.getMessage());
        }
    }
}
