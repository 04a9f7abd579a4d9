package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One revision in full: its header fields and its ops, with whether the downgrade is written or derived. */
@Command(name = "show", description = "Show one revision: id, parent, tags, features, message, file and ops.")
public final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Parameters(paramLabel = "REV", description = "An id, unique id prefix, tag, head, head-2 or <rev>+1.")
    private String ref;

    @Override
    public Integer call() {
        Chain chain = chainOptions.load();
        int position = chain.resolve(ref);
        if (position == Chain.BASE) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("revision reference '" + ref + "'"), "E063",
                    "'" + ref + "' resolves to base, the empty database before the first revision: "
                            + "there is nothing to show",
                    "the first revision is base+1"));
        }
        Revision r = chain.at(position);
        PrintWriter out = spec.commandLine().getOut();
        out.println("id:       " + r.id());
        out.println("parent:   " + r.parent().orElse("none (base)"));
        out.println("tags:     " + (r.tags().isEmpty() ? "-" : String.join(", ", r.tags())));
        out.println("features: " + (r.features().isEmpty() ? "- (always applies)" : String.join(", ", r.features())));
        out.println("message:  " + r.message().strip().replaceAll("\\R", "\n          "));
        out.println("file:     " + r.file());
        printOps(out, "upgrade", r.upgrade());
        if (r.downgrade().isPresent()) {
            printOps(out, "downgrade (explicit)", r.downgrade().get());
        } else {
            out.println("downgrade: derived by the compiler from the upgrade ops");
        }
        return 0;
    }

    private static void printOps(PrintWriter out, String title, List<Op> ops) {
        out.println(title + ": " + ops.size() + (ops.size() == 1 ? " op" : " ops"));
        for (Op op : ops) {
            out.println("  - " + op.describe() + "  (" + op.pos() + ")");
        }
    }
}
