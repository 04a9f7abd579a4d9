package org.sqlbundle.cli.verbs;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.DialectsOptions;
import org.sqlbundle.cli.options.RunContext;
import org.sqlbundle.cli.options.SymmetryOptions;
import org.sqlbundle.cli.text.ConsoleProgress;
import org.sqlbundle.compiler.BundleSummary;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Progress;
import org.sqlbundle.compiler.internal.bundle.BundlesIndex;
import org.sqlbundle.compiler.internal.bundle.StagingDirs;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes reviewed, per-dialect upgrade and downgrade bundles for a range of the chain. */
@Command(name = "compile", description = "Compile a range of the chain into per-dialect upgrade.sql, downgrade.sql, "
        + "bundle.json and MANIFEST.sha256 under --out/<dialect>/.")
public final class CompileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final RunContext context;

    public CompileCommand(RunContext context) {
        this.context = context;
    }

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @Mixin
    private DialectsOptions dialectsOptions;

    @Mixin
    private SymmetryOptions symmetry;

    @Option(names = "--range", paramLabel = "START:END", defaultValue = "base:head",
            description = "Revisions to compile: upgrade.sql goes START -> END, downgrade.sql END -> START "
                    + "(default: ${DEFAULT-VALUE}).")
    private String range;

    @Option(names = "--direction", paramLabel = "WHICH", defaultValue = "both",
            description = "upgrade, downgrade or both (default: ${DEFAULT-VALUE}).")
    private String direction;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    private String out;

    @Override
    public Integer call() {
        Compiler.Directions directions = directions();
        var dialects = dialectsOptions.dialects();
        Environment environment = context.environment();
        // a 10,000-revision compile runs for seconds: a line on a terminal, nothing in logs and pipes
        Progress progress = environment.stderrTerminal()
                ? new ConsoleProgress(spec.commandLine().getErr(), true, "compiling") : Progress.NONE;
        Compiler compiler;
        Compiler.CompileResult result;
        Path outDir = environment.resolve(out);
        for (Path stale : StagingDirs.removeStale(outDir)) {
            spec.commandLine().getErr().println("removed " + stale + ": left behind by a compile that was killed");
        }
        spec.commandLine().getErr().flush();
        try {
            compiler = compileOptions.load(chainOptions, progress);
            // a bundle whose downgrade is known not to restore the schema is not written
            symmetry.enforce(List.of(compiler.model()), spec.commandLine().getErr());
            result = compiler.compile(dialects, range, directions, outDir, progress);
        } finally {
            progress.finished();
        }
        for (Map.Entry<String, List<BundleSummary>> e : result.summaries().entrySet()) {
            for (BundleSummary s : e.getValue()) {
                long destructive = s.steps().stream().filter(st -> !st.destructive().isEmpty()).count();
                spec.commandLine().getOut().printf(Locale.ROOT, "%-10s %-9s %s -> %s: %d revisions%s%n", e.getKey(), s.direction(),
                        s.from(), s.to(), s.steps().size(),
                        destructive == 0 ? "" : ", " + destructive + " destructive");
            }
        }
        List<Path> written = result.directories().stream().map(Path::getFileName).toList();
        for (Path removed : result.removed()) {
            if (!written.contains(removed.getFileName())) {
                // named as the user named the output directory, like the 'wrote' line
                spec.commandLine().getOut().printf(Locale.ROOT, "removed %s (an earlier compile's, not written by this one)%n",
                        outDir.resolve(removed.getFileName().toString()));
            }
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (chain fingerprint sha256:%s; %s lists the files)%n", outDir,
                compiler.chain().fingerprint(), BundlesIndex.FILE);
        return 0;
    }

    private Compiler.Directions directions() {
        try {
            return Compiler.Directions.valueOf(direction.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--direction"), "E067",
                    "unknown direction '" + direction + "'", "use upgrade, downgrade or both"));
        }
    }
}
