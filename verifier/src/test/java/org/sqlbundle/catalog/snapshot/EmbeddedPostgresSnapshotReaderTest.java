package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.SentTexts;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.Target;

class EmbeddedPostgresSnapshotReaderTest extends SnapshotReaderContract {

    private static EmbeddedPostgresTarget target;

    @BeforeAll
    static void open() {
        target = EmbeddedPostgresTarget.start();
    }

    @AfterAll
    static void close() {
        target.close();
    }

    @Override
    Target target() {
        return target;
    }

    @Override
    void empty(Connection c) throws SQLException {
        PostgresSchemaReset.empty(c);
    }

    @Override
    String dialectObjects() {
        return PostgresSchemaReset.ENUM;
    }

    @Test
    void enumTypeAndItsLabelsAreRead() throws SQLException {
        assertEquals(new EnumSnapshot("pool_state", List.of("up", "down", "draining")),
                snapshotOf(SCHEMA).enums().get("pool_state"));
    }

    @Test
    void primaryKeyNameIsKept() throws SQLException {
        assertEquals(Optional.of("pk_pools"), snapshotOf(SCHEMA).tables().get("pools").primaryKey().orElseThrow().name());
    }

    @Test
    void leftoverEnumIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA + "CREATE TYPE leftover_state AS ENUM ('a', 'b');\n", "enum leftover_state");
    }

    /*
     * The version table's rows come in the catalog's round trip once the reader has seen the table, and are still
     * the right rows (or none) when the table is gone, stored in another case, or read inside a transaction.
     */

    @Test
    void afterTheFirstReadTheRowsComeWithTheCatalogInOneRoundTrip() throws SQLException {
        PostgresqlSnapshotReader reader = new PostgresqlSnapshotReader();
        SentTexts recorded = new SentTexts();
        List<String> sent = recorded.texts();
        try (Connection c = target.openConnection()) {
            PostgresSchemaReset.empty(c);
            run(c, "CREATE TABLE sqlbundle_version (version_num varchar(32) NOT NULL); "
                    + "INSERT INTO sqlbundle_version VALUES ('aaaa')");
            Connection counted = recorded.around(c);
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

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
