package org.sqlbundle.cli.options;

import java.nio.file.Path;
import java.time.Duration;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.chain.RevisionGraph;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Option;

/**
 * --dir: which chain a verb works on. No silent default: a wrong directory would look like an empty chain.
 * --sql-parse-timeout: how much CPU time the load may give JSqlParser per statement of a sql op.
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
        return ChainLoader.load(dir(), SqlOpCheck.withBudget(sqlParseBudget()));
    }

    /** The revisions and their links, even when they don't form a linear chain. */
    public RevisionGraph loadGraph() {
        return ChainLoader.loadGraph(dir(), SqlOpCheck.withBudget(sqlParseBudget()));
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
