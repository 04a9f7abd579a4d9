package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.DialectsOptions;
import org.sqlbundle.cli.options.RequestText;
import org.sqlbundle.cli.options.RunContext;
import org.sqlbundle.cli.options.SymmetryOptions;
import org.sqlbundle.cli.text.ConsoleProgress;
import org.sqlbundle.compiler.BundleSummary;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Progress;
import org.sqlbundle.compiler.internal.bundle.BundleOutput;
import org.sqlbundle.compiler.internal.bundle.BundlesIndex;
import org.sqlbundle.compiler.internal.bundle.StagingDirs;
import org.sqlbundle.compiler.internal.cache.CompileRecord;
import org.sqlbundle.compiler.internal.cache.ResultCache;
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
        Environment environment = context.environment();
        Path outDir = environment.resolve(out);
        for (Path stale : StagingDirs.removeStale(outDir)) {
            spec.commandLine().getErr().println("removed " + stale + ": left behind by a compile that was killed");
        }
        spec.commandLine().getErr().flush();
        ResultCache results = chainOptions.resultCache();
        Optional<String> request = results.enabled() ? cacheRequest() : Optional.empty();
        Optional<ResultCache.Result> cached = request.flatMap(results::lookup);
        if (cached.isPresent()) {
            return replay(cached.get(), outDir);
        }
        CompileRecord record = request.isPresent() ? CompileRecord.create() : CompileRecord.NONE;
        ResultCache.Printed printed = compile(outDir, record);
        request.ifPresent(r -> results.store(r, record, outDir, printed));
        return 0;
    }

    /**
     * Everything besides the files read that the output depends on (docs/cache.md): the build (added by the cache),
     * the working directory (messages name files relative to it) and every option that shapes what is written or
     * printed, as given. Empty when the options can't be resolved: the compile then reports why.
     */
    private Optional<String> cacheRequest() {
        try {
            return Optional.of(RequestText.line("verb", "compile")
                    + RequestText.line("cwd", context.environment().workingDir().toAbsolutePath().toString())
                    + RequestText.line("dir", chainOptions.dir().toAbsolutePath().normalize().toString())
                    + RequestText.line("sql_parse_timeout", chainOptions.sqlParseTimeoutText())
                    + compileOptions.requestText()
                    + RequestText.line("dialects", dialectsOptions.text())
                    + RequestText.line("range", range)
                    + RequestText.line("direction", direction)
                    + RequestText.line("allow_asymmetric", String.join(",", symmetry.allowed())));
        } catch (SqlbundleException unresolved) {
            return Optional.empty();
        }
    }

    /** A compile: the chain loaded, the bundles written; what it printed, for the result cache. */
    private ResultCache.Printed compile(Path outDir, CompileRecord record) {
        Compiler.Directions directions = directions();
        var dialects = dialectsOptions.dialects();
        // a 10,000-revision compile runs for seconds: a line on a terminal, nothing in logs and pipes
        Progress progress = context.environment().stderrTerminal()
                ? new ConsoleProgress(spec.commandLine().getErr(), true, "compiling") : Progress.NONE;
        Compiler compiler;
        Compiler.CompileResult result;
        StringWriter warnings = new StringWriter();
        try {
            compiler = compileOptions.load(chainOptions, progress, record);
            // a bundle whose downgrade is known not to restore the schema is not written
            symmetry.enforce(List.of(compiler.model()), new PrintWriter(warnings));
            spec.commandLine().getErr().print(warnings);
            spec.commandLine().getErr().flush();
            result = compiler.compile(dialects, range, directions, outDir, progress);
        } finally {
            progress.finished();
        }
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<String, List<BundleSummary>> e : result.summaries().entrySet()) {
            for (BundleSummary s : e.getValue()) {
                long destructive = s.steps().stream().filter(st -> !st.destructive().isEmpty()).count();
                summary.append(String.format(Locale.ROOT, "%-10s %-9s %s -> %s: %d revisions%s%n", e.getKey(),
                        s.direction(), s.from(), s.to(), s.steps().size(),
                        destructive == 0 ? "" : ", " + destructive + " destructive"));
            }
        }
        String fingerprint = compiler.chain().fingerprint();
        report(outDir, summary.toString(), fingerprint, result.directories(), result.removed());
        return new ResultCache.Printed(fingerprint, summary.toString(), warnings.toString());
    }

    /**
     * A result from the cache: its files written through the same staging, commit and pruning as a compile's, and
     * what the compile printed printed again. Loads no jOOQ, Velocity, YAML or SQL parser class
     * (CompileCacheClassLoadTest).
     */
    private int replay(ResultCache.Result cached, Path outDir) {
        spec.commandLine().getErr().print(cached.printed().stderr());
        spec.commandLine().getErr().flush();
        List<Path> directories;
        List<Path> removed;
        try (BundleOutput output = new BundleOutput(outDir)) {
            for (ResultCache.OutputFile file : cached.files()) {
                output.writeFile(file.path(), file.bytes());
            }
            directories = output.commit();
            removed = output.removed();
        }
        report(outDir, cached.printed().stdout(), cached.printed().fingerprint(), directories, removed);
        return 0;
    }

    /** What a compile prints on stdout: the bundles, what it removed of an earlier compile's, where it wrote. */
    private void report(Path outDir, String summary, String fingerprint, List<Path> directories, List<Path> removed) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(summary);
        List<Path> written = directories.stream().map(Path::getFileName).toList();
        for (Path gone : removed) {
            if (!written.contains(gone.getFileName())) {
                // named as the user named the output directory, like the 'wrote' line
                stdout.printf(Locale.ROOT, "removed %s (an earlier compile's, not written by this one)%n",
                        outDir.resolve(gone.getFileName().toString()));
            }
        }
        stdout.printf(Locale.ROOT, "wrote %s (chain fingerprint sha256:%s; %s lists the files)%n", outDir,
                fingerprint, BundlesIndex.FILE);
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
