package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.internal.replay.ClientReplay;
import org.sqlbundle.verifier.internal.target.ContainerTarget;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/** MariaDB 10.11 in a container: the snapshot contract, JDBC and client replay, and the container going away. */
@ExtendWith(RequiresDocker.class)
class MariadbContainerIT extends SnapshotReaderContract {

    /** PREPARE/EXECUTE with backticks inside a string, as the MariaDB renderer emits for guarded DDL. */
    private static final String PREPARED = """
            CREATE TABLE guarded (id INTEGER NOT NULL PRIMARY KEY);
            SET @ddl = 'ALTER TABLE `guarded` ADD COLUMN `note;x` VARCHAR(10) DEFAULT \\'a;b\\'';
            PREPARE stmt FROM @ddl;
            EXECUTE stmt;
            DEALLOCATE PREPARE stmt;
            INSERT INTO guarded (id) VALUES (1);
            """;

    private static ContainerTarget target;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        target = (ContainerTarget) Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB));
    }

    @AfterAll
    static void stopAndCheckNothingIsLeft() throws Exception {
        LeftoverContainers.removeAndAssertNone(target);
    }

    @Override
    Target target() {
        return target;
    }

    @Override
    void empty(Connection c) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("SELECT TABLE_TYPE, TABLE_NAME FROM"
                + " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            while (r.next()) {
                drops.add((r.getString(1).equals("VIEW") ? "DROP VIEW `" : "DROP TABLE `") + r.getString(2) + "`");
            }
        }
        try (var s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String drop : drops) {
                s.execute(drop);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    @Test
    void targetIsMariadbAndDescribedWithoutPassword() {
        assertEquals(Dialect.MARIADB, target.dialect());
        assertTrue(target.describe().contains("mariadb:10.11"), target.describe());
        assertFalse(target.clientCommand().orElseThrow().argv().stream().anyMatch(a -> a.contains("-ptest")));
    }

    @Test
    void jsonColumnReadsAsJsonWithoutItsValidityCheck() throws SQLException {
        TableSnapshot docs = snapshotOf("CREATE TABLE docs (id INTEGER NOT NULL PRIMARY KEY, body JSON);")
                .tables().get("docs");
        assertEquals("json", docs.columns().get("body").type());
        assertEquals(List.of(), List.copyOf(docs.checks().keySet()));
    }

    @Test
    void jdbcReplayRunsPreparedStatementsWithBackticksInStrings() throws SQLException {
        Snapshot s = snapshotOf(PREPARED);
        assertEquals(Optional.of("'a;b'"), s.tables().get("guarded").columns().get("note;x").defaultValue());
    }

    @Test
    void clientReplayRunsTheSameScriptThroughTheMariadbClient() throws Exception {
        try (Connection c = target.openConnection()) {
            empty(c);
        }
        ClientReplay.run(target, Files.writeString(dir.resolve("bundle.sql"), PREPARED));
        try (Connection c = target.openConnection()) {
            Snapshot s = SnapshotReader.forDialect(Dialect.MARIADB).read(c, Optional.empty());
            assertTrue(s.tables().get("guarded").columns().containsKey("note;x"));
        }
        ReplayFailure failure = assertThrows(ReplayFailure.class, () -> ClientReplay.run(target,
                Files.writeString(dir.resolve("broken.sql"), "SELECT 1;\nINSERT INTO nope VALUES (1);\n")));
        assertEquals(2, failure.line().orElseThrow());
        assertTrue(failure.databaseMessage().contains("nope"), failure.databaseMessage());
        assertFalse(failure.getMessage().contains("MYSQL_PWD"));
    }

    @Test
    void jdbcFailureNamesTheLine() {
        try (Connection c = target.openConnection()) {
            ReplayFailure failure = assertThrows(ReplayFailure.class, () -> new JdbcReplay(Dialect.MARIADB)
                    .run(c, "broken.sql", "SELECT 1;\n\nINSERT INTO nope VALUES (1);"));
            assertEquals(3, failure.line().orElseThrow());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
