package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.internal.replay.ClientReplay;
import org.sqlbundle.verifier.internal.target.ContainerTarget;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/** PostgreSQL 15 in a container: the snapshot contract, JDBC and psql replay, and the container going away. */
@ExtendWith(RequiresDocker.class)
class PostgresContainerIT extends SnapshotReaderContract {

    private static final String GUARDED = """
            BEGIN;
            CREATE TABLE guarded (id integer PRIMARY KEY);
            DO $guard$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM guarded) THEN INSERT INTO guarded VALUES (1); END IF;
            END
            $guard$;
            COMMIT;
            """;

    private static ContainerTarget target;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        target = (ContainerTarget) Targets.open("postgresql", ContainerTargets.options(ContainerTestImages.POSTGRES));
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
        PostgresSchemaReset.empty(c);
    }

    @Override
    String dialectObjects() {
        return PostgresSchemaReset.ENUM;
    }

    @Test
    void jdbcAndPsqlReplayGiveTheSameSnapshot() throws Exception {
        Snapshot viaJdbc;
        try (Connection c = target.openConnection()) {
            empty(c);
            new JdbcReplay(Dialect.POSTGRESQL).run(c, "guarded.sql", GUARDED);
            viaJdbc = SnapshotReader.forDialect(Dialect.POSTGRESQL).read(c, Optional.of("guarded"));
            empty(c);
        }
        ClientReplay.run(target, Files.writeString(dir.resolve("guarded.sql"), GUARDED));
        try (Connection c = target.openConnection()) {
            Snapshot viaPsql = SnapshotReader.forDialect(Dialect.POSTGRESQL).read(c, Optional.of("guarded"));
            assertEquals(List.of(), SnapshotDiff.between(viaJdbc, viaPsql));
            assertEquals(1, viaPsql.versionRows().size());
        }
    }

    @Test
    void targetRunsThePostgresImage() {
        assertEquals(Dialect.POSTGRESQL, target.dialect());
        assertTrue(target.describe().contains("postgres:15"), target.describe());
    }
}
