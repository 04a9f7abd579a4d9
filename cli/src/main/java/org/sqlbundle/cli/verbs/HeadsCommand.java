package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.chain.RevisionGraph;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the head id; a branched chain has several, and that is an error sqlbundle won't compile. */
@Command(name = "heads", description = "Print the head revision id (several, and exit 2, on a branched chain).")
public final class HeadsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Override
    public Integer call() {
        RevisionGraph graph = chainOptions.loadGraph();
        PrintWriter out = spec.commandLine().getOut();
        for (Revision head : graph.heads()) {
            out.println(head.id());
        }
        out.flush();
        if (!graph.problems().isEmpty()) {
            throw SqlbundleException.badInput(graph.problems());
        }
        return 0;
    }
}
