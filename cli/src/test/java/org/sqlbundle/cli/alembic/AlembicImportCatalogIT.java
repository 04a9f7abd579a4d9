package org.sqlbundle.cli.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;

/**
 * Issue 14's acceptance: for each revision of the netcore chain and each direction, Alembic's own offline script
 * for that step applied to a fresh postgres:15 / mariadb:10.11 database gives the same catalog, constraint and index
 * names included, as the imported chain's bundle for the same step on another database of that server. Each server
 * runs its own dialect's output on both sides: Alembic's and sqlbundle's {@code mysql} output both write MySQL 8's
 * {@code DROP CHECK}, which MariaDB refuses (docs/dialects.md, "Compile for the server you run"), so MariaDB is
 * compared with Alembic's {@code mariadb} dialect and sqlbundle's {@code mariadb} bundles. The walk goes up to head
 * and back down to base one step at a time, comparing after each; {@link AlembicFaults} lists where Alembic's
 * output is itself wrong, {@link ImportGaps} where sqlbundle can't yet say what SQLAlchemy rendered.
 */
@ExtendWith(RequiresDocker.class)
class AlembicImportCatalogIT {

    @TempDir
    static Path work;
    private static AlembicPython python;
    private static Compiler imported;

    @BeforeAll
    static void importChain() throws Exception {
        python = AlembicPython.require();
        imported = NetcoreChain.compile(NetcoreChain.importInto(work));
    }

    @AfterAll
    static void noContainersLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void postgresql() throws Exception {
        try (AlembicServer server = AlembicServer.postgres()) {
            walk(server, "postgresql", List.of(Dialect.POSTGRESQL));
        }
    }

    @Test
    void mariadb() throws Exception {
        try (AlembicServer server = AlembicServer.mariadb()) {
            walk(server, "mariadb", List.of(Dialect.MARIADB));
        }
    }

    private void walk(AlembicServer server, String alembicDialect, List<Dialect> bundles) throws Exception {
        Path project = NetcoreChain.project();
        AlembicSteps up = AlembicSteps.parse(python.offlineSql(project, alembicDialect, "upgrade", "base:head"));
        AlembicSteps down = AlembicSteps.parse(python.offlineSql(project, alembicDialect, "downgrade", "head:base"));
        Chain chain = imported.chain();
        assertEquals(chain.size(), up.steps().size(), "Alembic's upgrade steps vs the imported revisions");
        assertEquals(chain.size(), down.steps().size(), "Alembic's downgrade steps vs the imported revisions");

        AlembicServer.Db alembic = server.create("alembic");
        Map<Dialect, AlembicServer.Db> ours = new LinkedHashMap<>();
        for (Dialect d : bundles) {
            ours.put(d, server.create("sqlbundle_" + d.cliName));
        }
        List<String> applied = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ImportGaps gaps = new ImportGaps(List.of());
        for (int i = 0; i < chain.size(); i++) {
            AlembicSteps.Step step = up.steps().get(i);
            String id = chain.at(i).id();
            assertEquals(id, step.to(), "revision " + (i + 1) + ": Alembic's order vs the imported chain's");
            applied.add(id);
            alembic.apply("alembic upgrade " + step.from() + ":" + id, step.sql());
            for (Map.Entry<Dialect, AlembicServer.Db> e : ours.entrySet()) {
                e.getValue().apply(e.getKey().cliName + " upgrade to " + id,
                        imported.script(e.getKey(), chain.range(i - 1, i)));
            }
            compare(server, "upgrade to " + id, id, alembic, ours, applied, gaps, failures);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            AlembicSteps.Step step = down.steps().get(chain.size() - 1 - i);
            String id = chain.at(i).id();
            assertEquals(id, step.from(), "downgrade step " + (chain.size() - i) + ": Alembic's order");
            alembic.apply("alembic downgrade " + id + ":" + step.to(), step.sql());
            for (Map.Entry<Dialect, AlembicServer.Db> e : ours.entrySet()) {
                e.getValue().apply(e.getKey().cliName + " downgrade from " + id,
                        imported.script(e.getKey(), chain.range(i, i - 1)));
            }
            applied.remove(id);
            compare(server, "downgrade from " + id, null, alembic, ours, applied, gaps, failures);
        }
        failures.addAll(gaps.notShown(server.dialect()));
        if (!failures.isEmpty()) {
            fail(failures.size() + " step(s) differ on " + server.dialect().cliName + ":\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** One step's comparison; differences are collected so one run shows every step that differs. */
    private static void compare(AlembicServer server, String step, String introduced, AlembicServer.Db alembic,
                                Map<Dialect, AlembicServer.Db> ours, List<String> applied, ImportGaps gaps,
                                List<String> failures)
            throws Exception {
        Snapshot expected = alembic.catalog();
        String version = alembic.version();
        for (Map.Entry<Dialect, AlembicServer.Db> e : ours.entrySet()) {
            List<Difference> all = SnapshotDiff.between(expected, e.getValue().catalog());
            List<Difference> unexcused = all.stream()
                    .filter(d -> !AlembicFaults.NETCORE.excuses(d, server.dialect(), applied))
                    .filter(d -> !gaps.excuses(d, server.dialect())).toList();
            String where = e.getKey().cliName + " bundle, " + step;
            if (!unexcused.isEmpty()) {
                failures.add(where + " (- Alembic, + sqlbundle):\n" + SnapshotDiff.format(unexcused));
            }
            if (!version.equals(e.getValue().version())) {
                failures.add(where + ": alembic_version holds '" + version + "' after Alembic, '"
                        + e.getValue().version() + "' after sqlbundle");
            }
            if (introduced != null) {
                for (AlembicFaults.Fault f : AlembicFaults.NETCORE.introducedBy(introduced, server.dialect())) {
                    assertTrue(all.stream().anyMatch(d -> d.object().startsWith(f.object())), where
                            + ": the listed Alembic fault on " + f.object() + " no longer shows; remove it from "
                            + "AlembicFaults (" + f.why() + ")");
                }
            }
        }
    }
}
