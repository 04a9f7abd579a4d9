package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.text.GraphOutline;
import org.sqlbundle.cli.text.RevisionLine;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.chain.RevisionGraph;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Lists revisions from base to head. A chain that is not linear is still printed in full, branches
 * outlined, because seeing the fork is how one fixes it; the problems follow on stderr and exit 2.
 */
@Command(name = "history", description = "List the revisions from base to head.")
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "START:END",
            description = "Only the revisions an upgrade from START to END runs (e.g. base:head, folsom:, :head-1)."
                    + " A single END means base:END. Linear chains only.")
    private String range;

    @Option(names = {"-v", "--verbose"}, description = "Also show parent, file and op counts.")
    private boolean verbose;

    @Override
    public Integer call() {
        RevisionGraph graph = chainOptions.loadGraph();
        PrintWriter out = spec.commandLine().getOut();
        if (!graph.problems().isEmpty()) {
            GraphOutline.lines(graph, verbose).forEach(out::println);
            out.flush();
            throw SqlbundleException.badInput(graph.problems());
        }
        Chain chain = graph.toChain();
        List<Revision> revisions = range == null ? chain.revisions()
                : chain.range(openEnds(range), Range.Direction.UPGRADE, Chain.BASE).steps();
        for (Revision r : revisions) {
            out.println(RevisionLine.summary(r, markers(chain, r)));
            if (verbose) {
                RevisionLine.details(r).forEach(d -> out.println("    " + d));
            }
        }
        return 0;
    }

    /** {@code folsom:} and {@code :x} leave an end open, meaning head and base. */
    private static String openEnds(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return spec;
        }
        String start = spec.substring(0, colon).isBlank() ? "base" : spec.substring(0, colon);
        String end = spec.substring(colon + 1).isBlank() ? "head" : spec.substring(colon + 1);
        return start + ":" + end;
    }

    private static List<String> markers(Chain chain, Revision r) {
        List<String> markers = new ArrayList<>();
        if (r.isBase()) {
            markers.add("base");
        }
        if (r.id().equals(chain.head().id())) {
            markers.add("head");
        }
        return markers;
    }
}
