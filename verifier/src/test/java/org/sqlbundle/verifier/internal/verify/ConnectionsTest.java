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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
            connections.afterScript(postgres);

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
            connections.afterScript(postgres);

            assertTrue(c.isClosed(), "a session inside a transaction cannot be reset, so it is closed");
            Connection next = connections.of(postgres);
            assertNotSame(c, next);
            assertNull(single(next, "SELECT to_regclass('left_open')::text"));
        }
    }

    @Test
    void sqliteGetsANewConnectionAfterEveryScript() throws SQLException {
        try (SqliteTarget sqlite = SqliteTarget.create(); Connections connections = new Connections()) {
            Connection c = connections.of(sqlite);
            run(c, "PRAGMA legacy_alter_table = ON"); // what the bundles set around a rebuild
            connections.afterScript(sqlite);

            assertTrue(c.isClosed());
            Connection next = connections.of(sqlite);
            assertFalse(next.isClosed());
            assertEquals("0", single(next, "PRAGMA legacy_alter_table"));
            assertSame(next, connections.of(sqlite), "reused until the next script");
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
