package org.sqlbundle.cli.alembic;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code import} then {@code verify} on the imported netcore chain is SYMMETRIC on SQLite, H2 and embedded PostgreSQL
 * (the source chain is symmetric: AlembicChainSymmetryIT). SQLite and H2 also run the other plugin configuration
 * (Linux bridge and metering), so the elif branches and the metering revisions are walked too. On H2 the chain's raw
 * SQL (UPDATE ports ..., CREATE VIEW ... FROM ports) runs through the h2 variants the import wrote.
 */
class AlembicImportVerifyIT {

    @TempDir
    static Path work;
    private static Path imported;

    @BeforeAll
    static void importChain() throws Exception {
        AlembicPython.require();
        imported = NetcoreChain.importInto(work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void activePlugins(String target) {
        ImportedVerify.assertSymmetric(work, imported, target, NetcoreChain.activeFeatures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void otherPlugins(String target) {
        ImportedVerify.assertSymmetric(work, imported, target, List.of(
                NetcoreChain.featureOf("netcore.plugins.linuxbridge.LinuxBridgePlugin"),
                NetcoreChain.featureOf("netcore.services.metering.MeteringPlugin")));
    }

    @Test
    void embeddedPostgresql() {
        ImportedVerify.assertSymmetric(work, imported, "embedded-postgresql", NetcoreChain.activeFeatures());
    }
}
