package org.sqlbundle.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.plan.ChainModel;

/**
 * {@code sqlbundle check}: every revision file is valid, the chain is linear, and every op fits the schema model
 * with no optional feature enabled and with all of them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractSqlbundleMojo {

    @Override
    void run() {
        Chain chain = ChainLoader.load(chainDir());
        ChainModel.build(chain, List.of());
        List<String> allFeatures = chain.revisions().stream().flatMap(r -> r.features().stream()).distinct().toList();
        if (!allFeatures.isEmpty()) {
            ChainModel.build(chain, allFeatures);
        }
        getLog().info(String.format(java.util.Locale.ROOT, "sqlbundle check OK: linear chain of %d revision%s, base %s, head %s (%s)",
                chain.size(), chain.size() == 1 ? "" : "s", chain.at(0).id(), chain.head().id(), chain.dir()));
    }
}
