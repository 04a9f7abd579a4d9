package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.FeatureSetsOptions;
import org.sqlbundle.cli.options.SymmetryOptions;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.plan.Symmetry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Like Quantum's check_migration: the chain loads, every file is valid, and it is one line from base to head; then
 * every op fits the model and every downgrade gives back the model before its upgrade, for each feature set.
 */
@Command(name = "check", description = "Check that every revision file is valid, the chain is linear, every op fits "
        + "the schema model and every downgrade restores it.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private FeatureSetsOptions featureSets;

    @Mixin
    private SymmetryOptions symmetry;

    @Override
    public Integer call() {
        Chain chain = chainOptions.load();
        List<ChainModel> models = featureSets.build(chain, true);
        PrintWriter out = spec.commandLine().getOut();
        symmetry.enforce(models, spec.commandLine().getErr());
        for (String note : Symmetry.unmodelledNotes(models)) {
            out.println("note: " + note);
        }
        out.printf(Locale.ROOT, "OK: linear chain of %d revision%s, base %s, head %s (%s)%n",
                chain.size(), chain.size() == 1 ? "" : "s", chain.at(0).id(), chain.head().id(), chain.dir());
        return 0;
    }
}
