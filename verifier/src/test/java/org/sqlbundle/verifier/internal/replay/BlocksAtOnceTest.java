package org.sqlbundle.verifier.internal.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.verifier.EmbeddedPostgresServer;
import org.sqlbundle.verifier.SentTexts;

/**
 * The verifier sends a PostgreSQL script's explicit transaction blocks at once, one round trip each, and what the
 * database keeps and what a failure names are as when each statement goes alone.
 */
class BlocksAtOnceTest {

    private static final JdbcReplay REPLAY = JdbcReplay.sendingBlocksAtOnce(Dialect.POSTGRESQL);

    @RegisterExtension
    static final EmbeddedPostgresServer SERVER = new EmbeddedPostgresServer();

    @Test
    void eachBlockIsOneExecuteAndStatementsOutsideGoAlone() throws SQLException {
        SentTexts recorded = new SentTexts();
        try (Connection c = SERVER.target().openConnection()) {
            REPLAY.run(recorded.around(c), "blocks.sql", """
                    create table if not exists once (n int);
                    begin;
                    create table inside (n int);
                    insert into inside values (1);
                    select count(*) from inside;
                    commit;
                    insert into once values (1);
                    """);
            List<String> sent = recorded.texts();
            assertEquals(3, sent.size(), String.join("\n----\n", sent));
            assertTrue(sent.get(1).startsWith("begin") && sent.get(1).endsWith("commit"), sent.get(1));
            assertEquals("1", single(c, "select count(*) from inside"));
            assertTrue(c.getAutoCommit());
            dropAll(c);
        }
    }

    @Test
    void aRefusedStatementInABlockIsNamedWithItsLineAndTheBlockIsRolledBack() throws SQLException {
        try (Connection c = SERVER.target().openConnection()) {
            ReplayFailure failure = assertThrows(ReplayFailure.class, () -> REPLAY.run(c, "broken.sql", """
                    create table if not exists once (n int);
                    begin;
                    create table inside (n int);
                    -- the next one fails
                    insert into
                      missing values (1);
                    insert into inside values (2);
                    commit;
                    insert into once values (3);
                    """));
            assertEquals(OptionalInt.of(5), failure.line());
            assertEquals("insert into\n  missing values (1)", failure.statement().orElseThrow());
            assertTrue(failure.getMessage().startsWith("broken.sql:5: error: "), failure.getMessage());
            assertTrue(failure.databaseMessage().contains("missing"), failure.databaseMessage());
        }
        try (Connection other = SERVER.target().openConnection()) {
            assertEquals("once", single(other, "select to_regclass('once')::text"), "committed before the block");
            assertNull(single(other, "select to_regclass('inside')::text"), "the block's work is gone");
            assertEquals("0", single(other, "select count(*) from once"), "nothing after the refusal ran");
            dropAll(other);
        }
    }

    @Test
    void aFailureAtCommitIsNamedToo() throws SQLException {
        try (Connection c = SERVER.target().openConnection()) {
            ReplayFailure failure = assertThrows(ReplayFailure.class, () -> REPLAY.run(c, "deferred.sql", """
                    begin;
                    create table parent (id int primary key);
                    create table child (p int references parent deferrable initially deferred);
                    insert into child values (7);
                    commit;
                    """));
            assertEquals(OptionalInt.of(5), failure.line());
            assertEquals("commit", failure.statement().orElseThrow());
        }
        try (Connection other = SERVER.target().openConnection()) {
            assertNull(single(other, "select to_regclass('child')::text"));
        }
    }

    private static void dropAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists once, inside, child, parent");
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
