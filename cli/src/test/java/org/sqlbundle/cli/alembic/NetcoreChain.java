package org.sqlbundle.cli.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.compiler.Compiler;

/**
 * The netcore test chain (src/test/resources/alembic/netcore): a neutron-like Alembic project written for these
 * tests, 40+ revisions with everything issue 14 lists. Alembic runs it with alembic.ini's active_plugins (OVS and
 * load balancing); the imported chain gets the same choice as the features the importer names after those plugins.
 */
final class NetcoreChain {

    /** alembic.ini's active_plugins. */
    static final List<String> ACTIVE_PLUGINS = List.of("netcore.plugins.ovs.OVSPlugin",
            "netcore.services.lbaas.LoadBalancerPlugin");

    private NetcoreChain() {
    }

    /** The Alembic project (alembic.ini, env.py, versions/ ...) as copied to the test classpath. */
    static Path project() {
        try {
            return Path.of(NetcoreChain.class.getResource("/alembic/netcore/alembic.ini").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The importer's automatic feature name of a plugin constant: its last dotted part, lower case. */
    static String featureOf(String plugin) {
        return plugin.substring(plugin.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    static List<String> activeFeatures() {
        return ACTIVE_PLUGINS.stream().map(NetcoreChain::featureOf).toList();
    }

    /** {@code sqlbundle import alembic} of the project into {@code work/imported}; fails unless it exits 0. */
    static Path importInto(Path work) throws IOException {
        Path out = work.resolve("imported");
        Sqlbundle.Outcome o = Sqlbundle.run(work, "import", "alembic", project().toString(), "--out", out.toString());
        assertEquals(0, o.exitCode(), "import alembic failed:\n" + o.out() + o.err());
        if (!Files.isDirectory(out)) {
            throw new IllegalStateException("import alembic exited 0 but wrote no " + out);
        }
        return out;
    }

    /** The imported chain with the active plugins' features, its version table Alembic's. */
    static Compiler compile(Path imported) {
        return Compiler.configure().chainDir(imported).features(activeFeatures())
                .checkFeatureNames(org.sqlbundle.errors.SourcePos.ofFile("NetcoreChain.activeFeatures"))
                .versionTable("alembic_version").load();
    }
}
