package org.sqlbundle.cli.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;

/**
 * The netcore chain itself, as Alembic runs it: every step of Alembic's offline upgrade applies on postgres:15 and
 * mariadb:10.11, and every downgrade step gives back the catalog from before its upgrade. The import tests compare
 * against this chain, so it must be a correct one (symmetric, accepted by Alembic on both servers). On MariaDB the
 * reference is Alembic's mariadb dialect: its mysql dialect renders MySQL 8's {@code DROP CHECK}, which MariaDB
 * rejects (downgrade of 1c4e6a8b0d57), so Alembic's MySQL output is not a MariaDB reference.
 */
@ExtendWith(RequiresDocker.class)
class AlembicChainSymmetryIT {

    private static AlembicPython python;

    @BeforeAll
    static void alembic() {
        python = AlembicPython.require();
    }

    @AfterAll
    static void noContainersLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void postgresql() throws Exception {
        try (AlembicServer server = AlembicServer.postgres()) {
            walk(server, "postgresql");
        }
    }

    @Test
    void mariadb() throws Exception {
        try (AlembicServer server = AlembicServer.mariadb()) {
            walk(server, "mariadb");
        }
    }

    private static void walk(AlembicServer server, String dialect) throws Exception {
        Path project = NetcoreChain.project();
        List<AlembicSteps.Step> up = AlembicSteps.parse(python.offlineSql(project, dialect, "upgrade", "base:head")).steps();
        List<AlembicSteps.Step> down = AlembicSteps.parse(python.offlineSql(project, dialect, "downgrade", "head:base"))
                .steps();
        assertEquals(up.size(), down.size(), "upgrade and downgrade steps");
        if (up.size() < 40) {
            fail("the netcore chain has " + up.size() + " revisions; the acceptance asks for at least 40");
        }
        AlembicServer.Db db = server.create("alembic_" + dialect);
        List<Snapshot> before = new ArrayList<>();
        for (AlembicSteps.Step step : up) {
            before.add(db.catalog());
            db.apply("alembic upgrade " + step.from() + ":" + step.to(), step.sql());
            assertEquals(step.to(), db.version(), "alembic_version after the upgrade to " + step.to());
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < down.size(); i++) {
            AlembicSteps.Step step = down.get(i);
            db.apply("alembic downgrade " + step.from() + ":" + step.to(), step.sql());
            String diff = SnapshotDiff.format(SnapshotDiff.between(before.get(up.size() - 1 - i), db.catalog()));
            if (!diff.isEmpty()) {
                failures.add("downgrade " + step.from() + " -> " + step.to() + " (- before the upgrade, + after the "
                        + "downgrade):\n" + diff);
            }
        }
        if (!failures.isEmpty()) {
            fail(dialect + " on " + server.dialect().cliName + ": " + String.join("\n\n", failures));
        }
    }
}
