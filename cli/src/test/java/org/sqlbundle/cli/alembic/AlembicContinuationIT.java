package org.sqlbundle.cli.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;

/**
 * A team switching from Alembic: its database was upgraded by Alembic itself (online, through SQLAlchemy) to some
 * revision; {@code sqlbundle upgrade head --version-table alembic_version} on the imported chain takes it from
 * there, and the schema it reaches is the one Alembic's own {@code upgrade head} builds. Taken over at the first
 * revision and in the middle of the chain, on postgres:15 and mariadb:10.11. Alembic's upgrade head is at every
 * revision, so each {@link AlembicFaults} entry may show; {@link ImportGaps} lists what sqlbundle can't say yet.
 */
@ExtendWith(RequiresDocker.class)
class AlembicContinuationIT {

    @TempDir
    static Path work;
    private static AlembicPython python;
    private static Path imported;
    private static Chain chain;

    @BeforeAll
    static void importChain() throws Exception {
        python = AlembicPython.require();
        imported = NetcoreChain.importInto(work);
        chain = NetcoreChain.compile(imported).chain();
    }

    @AfterAll
    static void noContainersLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void postgresql() throws Exception {
        try (AlembicServer server = AlembicServer.postgres()) {
            continueFromAlembic(server);
        }
    }

    @Test
    void mariadb() throws Exception {
        try (AlembicServer server = AlembicServer.mariadb()) {
            continueFromAlembic(server);
        }
    }

    private static void continueFromAlembic(AlembicServer server) throws Exception {
        AlembicServer.Db reference = server.create("alembic_head");
        python.alembic(NetcoreChain.project(), "-x", "url=" + reference.sqlalchemyUrl(), "upgrade", "head");
        String head = chain.at(chain.size() - 1).id();
        assertEquals(head, reference.version(), "Alembic's upgrade head");

        List<String> failures = new ArrayList<>();
        List<String> everyRevision = chain.revisions().stream().map(r -> r.id()).toList();
        ImportGaps gaps = new ImportGaps(List.of());
        for (String takeover : List.of(chain.at(0).id(), chain.at(chain.size() / 2).id())) {
            AlembicServer.Db db = server.create("taken_over");
            python.alembic(NetcoreChain.project(), "-x", "url=" + db.sqlalchemyUrl(), "upgrade", takeover);
            assertEquals(takeover, db.version(), "Alembic's upgrade " + takeover);
            List<String> args = new ArrayList<>(List.of("upgrade", "head", "--dir", imported.toString(),
                    "--url", db.jdbcUrl(), "--user", db.user(), "--password", db.password(),
                    "--version-table", "alembic_version"));
            NetcoreChain.activeFeatures().forEach(f -> args.addAll(List.of("--feature", f)));
            Sqlbundle.Outcome o = Sqlbundle.run(work, args.toArray(String[]::new));
            if (o.exitCode() != 0) {
                failures.add("taken over at " + takeover + ": sqlbundle upgrade head exited " + o.exitCode() + ":\n"
                        + o.out() + o.err());
                continue;
            }
            assertEquals(head, db.version(), "alembic_version after sqlbundle's upgrade head from " + takeover);
            String diff = SnapshotDiff.format(SnapshotDiff.between(reference.catalog(), db.catalog()).stream()
                    .filter(d -> !AlembicFaults.NETCORE.excuses(d, server.dialect(), everyRevision))
                    .filter(d -> !gaps.excuses(d, server.dialect())).toList());
            if (!diff.isEmpty()) {
                failures.add("taken over at " + takeover + " (- Alembic's upgrade head, + Alembic then sqlbundle):\n"
                        + diff);
            }
        }
        failures.addAll(gaps.notShown(server.dialect()));
        assertEquals(List.of(), failures, server.dialect().cliName + ": continuing Alembic's database");
    }
}
