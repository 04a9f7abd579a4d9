package org.sqlbundle.verifier.internal.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.TargetOptions;

/** Embedded PostgreSQL plays "an existing server": the scratch database must come and go. */
class JdbcUrlTargetTest {

    private static EmbeddedPostgresTarget server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresTarget.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> scratchDatabases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server.openConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'sqlbundle\\_scratch\\_%' ORDER BY datname")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    @Test
    void createsAUniqueScratchDatabaseAndDropsItOnClose() throws SQLException {
        String scratch;
        try (Target target = Targets.open(server.serverJdbcUrl(),
                TargetOptions.defaults().withCredentials(server.user(), "not-checked-secret"))) {
            scratch = ((JdbcUrlTarget) target).scratchDatabase();
            assertTrue(scratch.matches("sqlbundle_scratch_[0-9a-f]{12}"), scratch);
            assertEquals(List.of(scratch), scratchDatabases());
            try (Connection c = target.openConnection(); ResultSet r = c.createStatement()
                    .executeQuery("SELECT current_database()")) {
                r.next();
                assertEquals(scratch, r.getString(1));
            }
            assertFalse(target.describe().contains("not-checked-secret"));
            assertTrue(target.clientCommand().orElseThrow().environment().containsKey("PGPASSWORD"));
            assertFalse(target.clientCommand().orElseThrow().argv().toString().contains("not-checked-secret"));
        }
        assertEquals(List.of(), scratchDatabases());
    }

    /** CREATE DATABASE copies template1 and refuses while anyone is connected to it, so each change connects anew. */
    private static void inTemplate(String sql) throws SQLException {
        try (Connection c = DriverConnections.open(server.serverJdbcUrl().replace("/postgres", "/template1"),
                server.user(), null, "template1"); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void refusesAScratchDatabaseThatIsNotEmptyUnlessAllowed() throws SQLException {
        inTemplate("CREATE TABLE template_leftover (a integer)");
        try {
            SqlbundleException refused = assertThrows(SqlbundleException.class, () -> JdbcUrlTarget.open(
                    server.serverJdbcUrl(), server.user(), null, false));
            assertEquals(SqlbundleException.Kind.BAD_INPUT, refused.kind(), refused.getMessage());
            assertTrue(refused.getMessage().contains("already holds 1 object"), refused.getMessage());
            assertEquals(List.of(), scratchDatabases(), "the refused scratch database is dropped");
            try (JdbcUrlTarget allowed = JdbcUrlTarget.open(server.serverJdbcUrl(), server.user(), null, true)) {
                assertEquals(1, scratchDatabases().size());
            }
        } finally {
            inTemplate("DROP TABLE template_leftover");
        }
        assertEquals(List.of(), scratchDatabases());
    }

    @Test
    void connectionRefusedIsAnInfrastructureErrorWithoutThePassword() {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> Targets.open(
                "jdbc:postgresql://127.0.0.1:1/postgres", TargetOptions.defaults().withCredentials("u", "s3cret-pw")));
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
        assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
    }

    @Test
    void unknownSpecIsBadInput() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> Targets.open("oracle", TargetOptions.defaults()));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        assertFalse(TargetOptions.defaults().withCredentials("u", "s3cret-pw").toString().contains("s3cret-pw"));
    }
}
