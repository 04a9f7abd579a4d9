package org.sqlbundle.cli.options;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.cache.ParseCache;
import org.sqlbundle.compiler.internal.cache.ResultCache;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.chain.RevisionGraph;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * --dir: which chain a verb works on. No silent default: a wrong directory would look like an empty chain.
 * --sql-parse-timeout: how much CPU time the load may give JSqlParser per statement of a sql op.
 * --cache-dir, --no-cache: where parsed revision files are kept between runs.
 */
public final class ChainOptions {

    private final RunContext context;

    public ChainOptions(RunContext context) {
        this.context = context;
    }

    @FromConfig("dir")
    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory of revision files (default: 'dir' in sqlbundle.yaml).")
    private String dir;

    @FromConfig("sql_parse_timeout")
    @Option(names = "--sql-parse-timeout", paramLabel = "SECONDS",
            description = "CPU seconds JSqlParser may spend on one statement of a sql op or view before the check "
                    + "gives up with E143, exit 3 (default: 6, or 'sql_parse_timeout' in sqlbundle.yaml).")
    private String sqlParseTimeout;

    @FromConfig("cache_dir")
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where parsed revision files are kept between runs (default: 'cache_dir' in sqlbundle.yaml, "
                    + "else $SQLBUNDLE_CACHE, $XDG_CACHE_HOME/sqlbundle or ~/.cache/sqlbundle).")
    private String cacheDir;

    @Option(names = "--no-cache", description = "Parse every revision file; read and write no parse cache.")
    private boolean noCache;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    /**
     * The chain directory, resolved against the working directory. A project directory (one holding a
     * {@code revisions/} directory, like examples/lbaas) stands for its revisions.
     */
    public Path dir() {
        if (dir == null || dir.isBlank()) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--dir"), "E062",
                    "no chain directory given", "pass --dir DIR, or put 'dir: DIR' in sqlbundle.yaml"));
        }
        Path resolved = context.environment().resolve(dir);
        Path revisions = resolved.resolve("revisions");
        if (java.nio.file.Files.isDirectory(revisions)) {
            return revisions;
        }
        if (java.nio.file.Files.isRegularFile(resolved.resolve(ConfigFile.DEFAULT_NAME))) {
            // a project directory whose revisions/ is missing: its config file is no revision to complain about
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir), "E030", "chain directory "
                    + revisions + " does not exist (" + dir + " is a project directory: it holds "
                    + ConfigFile.DEFAULT_NAME + ")", "create " + revisions + " with the first revision ('sqlbundle "
                    + "revision -m ...'), or pass the directory of revision files with --dir"));
        }
        return resolved;
    }

    /** The checked linear chain; throws BAD_INPUT with every problem otherwise. */
    public Chain load() {
        return ChainLoader.load(dir(), SqlOpCheck.withBudget(sqlParseBudget()), parseCache());
    }

    /** The revisions and their links, even when they don't form a linear chain. */
    public RevisionGraph loadGraph() {
        return ChainLoader.loadGraph(dir(), SqlOpCheck.withBudget(sqlParseBudget()), parseCache());
    }

    /**
     * The parse cache's directory (docs/cache.md): --cache-dir, cache_dir in sqlbundle.yaml, else the per-user
     * default; empty with --no-cache (E175 when --cache-dir is given too) or when there is no home directory.
     */
    public Optional<Path> cacheDir() {
        boolean typed = mixee != null && mixee.commandLine() != null
                && mixee.commandLine().getParseResult().hasMatchedOption("--cache-dir");
        if (noCache && typed) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--no-cache"), "E175",
                    "--no-cache and --cache-dir contradict each other", "give one of them"));
        }
        if (noCache) {
            return Optional.empty();
        }
        if (cacheDir != null && !cacheDir.isBlank()) {
            return Optional.of(context.environment().resolve(cacheDir));
        }
        return ParseCache.defaultDir(context.environment()::variable, System.getProperty("user.home"));
    }

    /** The parse cache of {@link #cacheDir()}; its warnings (E173, E174) go to the verb's stderr. */
    public ParseCache parseCache() {
        return cacheDir().map(d -> ParseCache.in(d, this::warn)).orElse(ParseCache.off());
    }

    /** The compile result cache in {@link #cacheDir()} (docs/cache.md); its warnings (E182, E183) go to stderr. */
    public ResultCache resultCache() {
        return cacheDir().map(d -> ResultCache.in(d, this::warn)).orElse(ResultCache.off());
    }

    /** --sql-parse-timeout as given (from the command line or the config file), empty when not. */
    public String sqlParseTimeoutText() {
        return sqlParseTimeout == null ? "" : sqlParseTimeout;
    }

    /** Gives a Compiler configuration this parse cache. */
    public Compiler.Configuration withParseCache(Compiler.Configuration config) {
        return config.parseCache(cacheDir().orElse(null), this::warn);
    }

    private void warn(Problem problem) {
        java.io.PrintWriter err = mixee != null && mixee.commandLine() != null ? mixee.commandLine().getErr() : null;
        if (err != null) {
            err.println(problem.format("warning"));
            err.flush();
        } else {
            System.err.println(problem.format("warning"));
        }
    }

    /** --sql-parse-timeout as a duration; the default budget when not given. */
    public Duration sqlParseBudget() {
        if (sqlParseTimeout == null || sqlParseTimeout.isBlank()) {
            return SqlOpCheck.DEFAULT_BUDGET;
        }
        return ParseTimeout.seconds(sqlParseTimeout).orElseThrow(() -> SqlbundleException.badInput(Problem.of(
                SourcePos.ofFile("--sql-parse-timeout"), "E059", "'" + sqlParseTimeout + "' is not a number of seconds "
                        + "between 0.001 and 3600", "pass CPU seconds per statement, e.g. --sql-parse-timeout 30")));
    }
}
