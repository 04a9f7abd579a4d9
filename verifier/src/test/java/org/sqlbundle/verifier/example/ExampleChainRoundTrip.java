package org.sqlbundle.verifier.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.internal.replay.ClientReplay;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The example chain's whole-chain upgrade bundle, then its downgrade bundle, run on a real database:
 * the schema must be the expected one at head and empty again at base, and the upgrade must run again
 * afterwards. Shared by the embedded tests and the container ITs; through JDBC or the real client.
 */
public final class ExampleChainRoundTrip {

    static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();
    static final String VERSION_TABLE = "sqlbundle_version";

    private ExampleChainRoundTrip() {
    }

    /** How a script reaches the database. */
    public enum Mode { JDBC, CLIENT }

    public static void run(Target target, Mode mode, Path workDir) throws IOException, SQLException {
        Dialect dialect = target.dialect();
        Compiler compiler = Compiler.configure().chainDir(ROOT.resolve("examples/lbaas/revisions"))
                .features(List.of("lbaas")).load();
        Chain chain = compiler.chain();
        String up = compiler.script(dialect, chain.range(Chain.BASE, chain.headPosition()));
        String down = compiler.script(dialect, chain.range(chain.headPosition(), Chain.BASE));

        replay(target, mode, workDir, "upgrade.sql", up);
        Snapshot atHead = snapshot(target);
        assertEquals(List.of(chain.head().id()), versions(atHead), "stamped at head after the upgrade");
        int expectedTables = compiler.model().schemaAt(chain.headPosition()).tables().size();
        assertEquals(expectedTables + 2, atHead.tables().size(), "every table of the model, plus the version and "
                + "history tables: " + atHead.tables().keySet());

        replay(target, mode, workDir, "downgrade.sql", down);
        Snapshot atBase = snapshot(target);
        assertEquals(List.of(VERSION_TABLE, VERSION_TABLE + "_history"), List.copyOf(atBase.tables().keySet()),
                "only the version and history tables are left");
        assertTrue(atBase.enums().isEmpty(), "no enum type left: " + atBase.enums().keySet());
        assertTrue(atBase.views().isEmpty(), "no view left: " + atBase.views().keySet());
        assertEquals(List.of(), versions(atBase), "the version table is empty at base");

        replay(target, mode, workDir, "upgrade-again.sql", up);
        assertEquals(atHead, snapshot(target), "upgrading again after the downgrade gives the same schema");
    }

    /** Running the upgrade twice must be refused by the guard, leaving the database unchanged. */
    public static void guardRefusesSecondRun(Target target, Mode mode, Path workDir) throws IOException, SQLException {
        Compiler compiler = Compiler.configure().chainDir(ROOT.resolve("examples/lbaas/revisions")).load();
        Chain chain = compiler.chain();
        Range range = chain.range(Chain.BASE, chain.headPosition());
        String up = compiler.script(target.dialect(), range);
        replay(target, mode, workDir, "first.sql", up);
        Snapshot before = snapshot(target);
        boolean refused;
        try {
            replay(target, mode, workDir, "second.sql", up);
            refused = false;
        } catch (RuntimeException e) {
            refused = e.getMessage().contains("sqlbundle guard");
        }
        assertTrue(refused, "the second run must fail at the guard");
        assertEquals(before, snapshot(target), "a refused bundle changes nothing");
    }

    private static void replay(Target target, Mode mode, Path workDir, String name, String script)
            throws IOException, SQLException {
        if (mode == Mode.CLIENT) {
            Path file = workDir.resolve(name);
            Files.writeString(file, script);
            ClientReplay.run(target, file);
            return;
        }
        try (Connection c = target.openConnection()) {
            new JdbcReplay(target.dialect()).run(c, name, script);
        }
    }

    private static Snapshot snapshot(Target target) throws SQLException {
        try (Connection c = target.openConnection()) {
            return SnapshotReader.forDialect(target.dialect()).read(c, Optional.of(VERSION_TABLE));
        }
    }

    private static List<String> versions(Snapshot s) {
        return s.versionRows().stream().map(r -> r.values().get("version_num").orElse("NULL")).toList();
    }
}
