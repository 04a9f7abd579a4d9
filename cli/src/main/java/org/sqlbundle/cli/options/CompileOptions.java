package org.sqlbundle.cli.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Progress;
import org.sqlbundle.compiler.TransactionMode;
import org.sqlbundle.compiler.internal.cache.CompileRecord;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What shapes compiled SQL besides the dialect: features, version table, templates, transactions. */
public final class CompileOptions {

    private final RunContext context;

    public CompileOptions(RunContext context) {
        this.context = context;
    }

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @FromConfig("features")
    @Option(names = "--feature", paramLabel = "FEATURE", split = ",",
            description = "Enable a feature: revisions with 'when: {features: [...]}' run only when one of theirs is "
                    + "enabled; the others are skipped but still stamped (repeatable; default: 'features' in "
                    + "sqlbundle.yaml).")
    private List<String> features = new ArrayList<>();

    @FromConfig("version_table")
    @Option(names = "--version-table", paramLabel = "NAME", defaultValue = "sqlbundle_version",
            description = "Name of the version table (default: ${DEFAULT-VALUE}; alembic_version takes over a "
                    + "database Alembic managed).")
    private String versionTable;

    @FromConfig("templates")
    @Option(names = "--templates", paramLabel = "DIR",
            description = "Directory of Velocity templates overriding the built-in ones by file name "
                    + "(DIR/<dialect>/NAME, then DIR/NAME).")
    private String templates;

    @Option(names = "--transactions", paramLabel = "MODE", defaultValue = "per-revision",
            description = "per-revision (default) or bundle: one transaction per revision, or around the whole "
                    + "bundle, where the dialect's DDL is transactional.")
    private String transactions;

    /**
     * These options as text, one {@code key=value} a line, for the compile result cache's request: two runs whose
     * text is the same ask for the same output of the same inputs. Paths are resolved.
     */
    public String requestText() {
        String templatesDir = "";
        if (templates != null && !templates.isBlank()) {
            Path dir = context.environment().resolve(templates);
            // a directory gone since is E064 for a compile: it must not be a hit
            templatesDir = dir + (java.nio.file.Files.isDirectory(dir) ? "" : " (missing)");
        }
        return RequestText.line("features", String.join(",", features)) + RequestText.line("version_table", versionTable)
                + RequestText.line("templates", templatesDir) + RequestText.line("transactions", transactions);
    }

    /** Loads the chain of {@code chain} and builds the model with these options. */
    public Compiler load(ChainOptions chain) {
        return load(chain, Progress.NONE);
    }

    /** As {@link #load(ChainOptions)}, reporting reading and each revision applied to {@code progress}. */
    public Compiler load(ChainOptions chain, Progress progress) {
        return load(chain, progress, CompileRecord.NONE);
    }

    /**
     * As {@link #load(ChainOptions, Progress)}, recording in {@code record} the files the load and later compiles
     * read (the config file among them) and write, for the compile result cache.
     */
    public Compiler load(ChainOptions chain, Progress progress, CompileRecord record) {
        TransactionMode mode;
        try {
            mode = TransactionMode.parse(transactions);
        } catch (IllegalArgumentException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--transactions"), "E063", e.getMessage()));
        }
        Compiler.Configuration config = Compiler.configure().chainDir(chain.dir()).features(features)
                .checkFeatureNames(FeatureSource.of(context, mixee, "--feature", "features"))
                .versionTable(versionTable).transactions(mode).progress(progress).sqlParseBudget(chain.sqlParseBudget());
        chain.withParseCache(config);
        if (record.recording()) {
            try {
                context.defaults().recordInputs(record);
            } catch (java.io.IOException e) {
                // unreadable now: nothing to key a result on, so none is kept
                return config.load();
            }
            config.record(record);
        }
        if (templates != null && !templates.isBlank()) {
            Path dir = context.environment().resolve(templates);
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(templates), "E064",
                        "templates directory not found", "pass an existing directory to --templates"));
            }
            config.templatesDir(dir);
        }
        return config.load();
    }
}
