package org.sqlbundle.cli.verbs;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import java.util.List;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.compiler.plan.ChainModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Like Quantum's check_migration: the chain loads, every file is valid, and it is one line from base to head. */
@Command(name = "check", description = "Check that every revision file is valid, the chain is linear, and every op fits the schema model.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Override
    public Integer call() {
        Chain chain = chainOptions.load();
        // the chain must also fit the schema model whichever features a site enables: none, or all of them
        ChainModel.build(chain, List.of());
        List<String> allFeatures = chain.revisions().stream().flatMap(r -> r.features().stream()).distinct().toList();
        if (!allFeatures.isEmpty()) {
            ChainModel.build(chain, allFeatures);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "OK: linear chain of %d revision%s, base %s, head %s (%s)%n",
                chain.size(), chain.size() == 1 ? "" : "s", chain.at(0).id(), chain.head().id(), chain.dir());
        return 0;
    }
}
