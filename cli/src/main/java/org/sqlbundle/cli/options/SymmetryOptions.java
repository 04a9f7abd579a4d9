package org.sqlbundle.cli.options;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.plan.Symmetry;
import org.sqlbundle.errors.Problem;
import picocli.CommandLine.Option;

/** --allow-asymmetric: the verbs that prove every downgrade gives back the model before its upgrade. */
public final class SymmetryOptions {

    @Option(names = "--allow-asymmetric", paramLabel = "REV",
            description = "Accept a revision whose downgrade deliberately leaves the schema different (reported as a "
                    + "warning; repeatable). Per revision in the file: symmetry: {allow_asymmetric: \"why\"}.")
    private List<String> allowed = new ArrayList<>();

    /** The revisions given with --allow-asymmetric, as given. */
    public List<String> allowed() {
        return List.copyOf(allowed);
    }

    /** Throws E145 (bad input) for asymmetric downgrades not allowed; prints the allowed ones as warnings. */
    public void enforce(Collection<ChainModel> models, PrintWriter err) {
        for (Problem warning : Symmetry.enforce(models, allowed)) {
            err.println(warning.format("warning"));
        }
        err.flush();
    }
}
