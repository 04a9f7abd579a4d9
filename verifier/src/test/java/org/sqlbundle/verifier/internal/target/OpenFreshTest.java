package org.sqlbundle.verifier.internal.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.SqlbundleException;

/** openFresh gives a second, empty database on the same target, and closing it removes only that database. */
class OpenFreshTest {

    private static void execute(Target t, String sql) throws Exception {
        try (Connection c = t.openConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean hasTable(Target t, String table) throws Exception {
        try (Connection c = t.openConnection();
             ResultSet r = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (r.next()) {
                if (r.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void assertFreshAndSeparate(Target target) throws Exception {
        execute(target, "create table marker (id integer)");
        Target fresh = target.openFresh();
        try {
            assertEquals(target.dialect(), fresh.dialect());
            assertNotEquals(target.describe(), fresh.describe());
            assertTrue(!hasTable(fresh, "marker"), "the fresh database is empty");
            execute(fresh, "create table other (id integer)");
        } finally {
            fresh.close();
        }
        assertTrue(hasTable(target, "marker"), "closing the fresh database leaves the first one");
        assertThrows(SqlbundleException.class, () -> hasTable(fresh, "other"), "the fresh database is gone");
    }

    @Test
    void sqlite() throws Exception {
        try (SqliteTarget t = SqliteTarget.create()) {
            execute(t, "create table marker (id integer)");
            try (SqliteTarget fresh = (SqliteTarget) t.openFresh()) {
                assertNotEquals(t.file(), fresh.file());
                assertTrue(!hasTable(fresh, "marker"));
                fresh.close();
                assertTrue(!java.nio.file.Files.exists(fresh.file()), "the fresh file is deleted");
            }
        }
    }

    @Test
    void h2() throws Exception {
        try (Target t = H2Target.create()) {
            execute(t, "create table marker (id integer)");
            Target fresh = t.openFresh();
            assertTrue(!hasTable(fresh, "marker"));
            fresh.close();
            assertTrue(hasTable(t, "marker"));
        }
    }

    @Test
    void embeddedPostgresqlAndAJdbcUrlTargetOnIt() throws Exception {
        try (EmbeddedPostgresTarget server = EmbeddedPostgresTarget.start()) {
            assertFreshAndSeparate(server);
            try (JdbcUrlTarget scratch = JdbcUrlTarget.open(server.serverJdbcUrl(), server.user(), null, false)) {
                assertFreshAndSeparate(scratch);
            }
        }
    }
}
