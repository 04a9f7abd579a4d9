package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;

/**
 * The PostgreSQL reader reads the version table's rows in the catalog's round trip once it has seen the table, and
 * still reads the right rows (or none) when the table is gone, renamed in case, or read inside a transaction.
 */
class PostgresVersionRowsTest {

    private static EmbeddedPostgresTarget target;

    @BeforeAll
    static void open() {
        target = EmbeddedPostgresTarget.start();
    }

    @AfterAll
    static void close() {
        target.close();
    }

    @Test
    void afterTheFirstReadTheRowsComeWithTheCatalogInOneRoundTrip() throws SQLException {
        PostgresqlSnapshotReader reader = new PostgresqlSnapshotReader();
        List<String> sent = new ArrayList<>();
        try (Connection c = target.openConnection()) {
            PostgresSchemaReset.empty(c);
            run(c, "CREATE TABLE sqlbundle_version (version_num varchar(32) NOT NULL); "
                    + "INSERT INTO sqlbundle_version VALUES ('aaaa')");
            Connection counted = counting(c, sent);
            assertEquals(List.of("aaaa"), versions(reader.readRaw(counted, Optional.of("sqlbundle_version"))));
            assertEquals(2, sent.size(), "the first read finds the table, then reads its rows: " + sent);

            sent.clear();
            run(c, "UPDATE sqlbundle_version SET version_num = 'bbbb'");
            assertEquals(List.of("bbbb"), versions(reader.readRaw(counted, Optional.of("sqlbundle_version"))));
            assertEquals(1, sent.size(), "one round trip: " + sent);
            assertTrue(sent.get(0).endsWith("SELECT * FROM \"sqlbundle_version\""), sent.get(0));
        }
    }

    @Test
    void aVersionTableGoneOrStoredInAnotherCaseIsReadAsWithoutTheGuess() throws SQLException {
        PostgresqlSnapshotReader reader = new PostgresqlSnapshotReader();
        try (Connection c = target.openConnection()) {
            PostgresSchemaReset.empty(c);
            run(c, "CREATE TABLE sqlbundle_version (version_num varchar(32) NOT NULL); "
                    + "INSERT INTO sqlbundle_version VALUES ('aaaa')");
            assertEquals(List.of("aaaa"), versions(reader.readRaw(c, Optional.of("sqlbundle_version"))));

            run(c, "DROP TABLE sqlbundle_version");
            Snapshot gone = reader.readRaw(c, Optional.of("sqlbundle_version"));
            assertEquals(List.of(), versions(gone));
            assertTrue(gone.tables().isEmpty(), gone.tables().keySet().toString());

            run(c, "CREATE TABLE sqlbundle_version (version_num varchar(32) NOT NULL); "
                    + "INSERT INTO sqlbundle_version VALUES ('cccc')");
            assertEquals(List.of("cccc"), versions(reader.readRaw(c, Optional.of("sqlbundle_version"))));
            run(c, "DROP TABLE sqlbundle_version; CREATE TABLE \"SQLBUNDLE_VERSION\" (version_num varchar(32)); "
                    + "INSERT INTO \"SQLBUNDLE_VERSION\" VALUES ('dddd')");
            assertEquals(List.of("dddd"), versions(reader.readRaw(c, Optional.of("sqlbundle_version"))));

            c.setAutoCommit(false);
            run(c, "DROP TABLE \"SQLBUNDLE_VERSION\"");
            assertEquals(List.of(), versions(reader.readRaw(c, Optional.of("sqlbundle_version"))));
            run(c, "SELECT 1"); // the caller's transaction is not aborted by the reader
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static List<String> versions(Snapshot s) {
        return s.versionRows().stream().map(VersionRow::values)
                .map(v -> v.get("version_num").orElse("NULL")).toList();
    }

    /** Records the text of every statement {@code c} prepares or executes: one per round trip here. */
    private static Connection counting(Connection c, List<String> sent) {
        return (Connection) Proxy.newProxyInstance(PostgresVersionRowsTest.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        sent.add((String) args[0]);
                    }
                    Object result = invoke(method, c, args);
                    if (method.getName().equals("createStatement")) {
                        Statement s = (Statement) result;
                        return Proxy.newProxyInstance(PostgresVersionRowsTest.class.getClassLoader(),
                                new Class<?>[]{Statement.class}, (p, m, a) -> {
                                    if (m.getName().equals("execute") && a != null && a.length > 0) {
                                        sent.add((String) a[0]);
                                    }
                                    return invoke(m, s, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
