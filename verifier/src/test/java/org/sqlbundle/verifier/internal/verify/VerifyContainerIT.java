package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.ReplayMode;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * The example chain verifies clean on postgres:15 and mariadb:10.11, through JDBC and the clients inside the
 * containers, with one container per run; afterwards no container and no scratch database is left.
 */
@ExtendWith(RequiresDocker.class)
class VerifyContainerIT {

    private static VerifyOptions options(String target, String image, ReplayMode mode) {
        return VerifyOptions.builder(target).targetOptions(ContainerTargets.options(image)).mode(mode).build();
    }

    private static void assertClean(VerificationResult r) {
        assertTrue(r.passed(), TextReport.render(r));
        assertEquals(0, r.count(Outcome.NOT_RUN), TextReport.render(r));
    }

    @AfterAll
    static void noContainerLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void postgres15ThroughJdbcAndPsql() throws Exception {
        for (ReplayMode mode : ReplayMode.values()) {
            assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"),
                    options("postgresql", ContainerTestImages.POSTGRES, mode)));
        }
        LeftoverContainers.assertNone();
    }

    @Test
    void mariadb1011ThroughJdbcAndTheMariadbClient() throws Exception {
        for (ReplayMode mode : ReplayMode.values()) {
            assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"),
                    options("mariadb", ContainerTestImages.MARIADB, mode)));
        }
        LeftoverContainers.assertNone();
    }

    /**
     * A foreign key's column indexed, then that index dropped: MariaDB keeps the index it made for the key, so
     * the downgrade's "give the key its own index back" must not collide with it (found by verify, fixed in the
     * MySQL-family renderer). Runs on both servers and both replay modes.
     */
    @Test
    void indexingAndUnindexingAForeignKeyColumn() throws Exception {
        java.nio.file.Path chain = VerifyRuns.ROOT.resolve("verifier/src/test/resources/chains/fk-index-lifecycle/revisions");
        for (ReplayMode mode : ReplayMode.values()) {
            assertClean(VerifyRuns.verify(chain, List.of(), options("mariadb", ContainerTestImages.MARIADB, mode)));
            assertClean(VerifyRuns.verify(chain, List.of(), options("postgresql", ContainerTestImages.POSTGRES, mode)));
        }
        LeftoverContainers.assertNone();
    }

    /** The fresh database of the whole-range phase lives in the same container and is dropped afterwards. */
    @Test
    void postgresScratchDatabasesAreDroppedInTheContainerAndOnAJdbcUrlTarget() throws Exception {
        try (Target container = Targets.open("postgresql", ContainerTargets.options(ContainerTestImages.POSTGRES))) {
            List<String> before = scratchDatabases(container);
            assertClean(new Verifier(VerifyRuns.load(VerifyRuns.EXAMPLE, List.of())).verify(container,
                    options("postgresql", ContainerTestImages.POSTGRES, ReplayMode.CLIENT), ProgressListener.NONE));
            assertEquals(before, scratchDatabases(container), "no scratch database left in the container");

            String url;
            try (Connection c = container.openConnection()) {
                url = c.getMetaData().getURL().replaceFirst("\\?.*$", "");
            }
            VerifyOptions viaUrl = VerifyOptions.builder(url).targetOptions(ContainerTargets
                    .options(ContainerTestImages.POSTGRES).withCredentials("test", "test")).build();
            assertClean(new Verifier(VerifyRuns.load(VerifyRuns.EXAMPLE, List.of("lbaas")))
                    .verify(viaUrl, ProgressListener.NONE));
            assertEquals(before, scratchDatabases(container), "no scratch database left on the server");
        }
        LeftoverContainers.assertNone();
    }

    @Test
    void mariadbScratchDatabaseIsDroppedInTheContainer() throws Exception {
        try (Target container = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            List<String> before = scratchDatabases(container);
            assertClean(new Verifier(VerifyRuns.load(VerifyRuns.EXAMPLE, List.of())).verify(container,
                    options("mariadb", ContainerTestImages.MARIADB, ReplayMode.JDBC), ProgressListener.NONE));
            assertEquals(before, scratchDatabases(container), "no scratch database left in the container");
        }
    }

    private static List<String> scratchDatabases(Target target) throws Exception {
        String sql = target.dialect() == org.sqlbundle.compiler.Dialect.POSTGRESQL
                ? "SELECT datname FROM pg_database WHERE datname LIKE 'sqlbundle_scratch%' ORDER BY 1"
                : "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'sqlbundle_scratch%'"
                        + " ORDER BY 1";
        List<String> names = new ArrayList<>();
        try (Connection c = target.openConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
