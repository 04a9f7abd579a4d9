package org.sqlbundle.compiler;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sqlbundle.compiler.internal.bundle.BundleJson;
import org.sqlbundle.compiler.internal.bundle.BundleOptions;
import org.sqlbundle.compiler.internal.bundle.BundleOutput;
import org.sqlbundle.compiler.internal.bundle.BundleWriter;
import org.sqlbundle.compiler.internal.bundle.BundlesIndex;
import org.sqlbundle.compiler.internal.bundle.SideBySide;
import org.sqlbundle.compiler.internal.bundle.TemplateSet;
import org.sqlbundle.compiler.internal.bundle.ToolVersion;
import org.sqlbundle.compiler.internal.cache.CompileRecord;
import org.sqlbundle.compiler.internal.cache.ParseCache;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.chain.FeatureNames;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.compiler.internal.render.Renderers;
import org.sqlbundle.compiler.internal.render.SqlComments;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The library entry point, in Flyway's style: {@code Compiler.configure().chainDir(dir)...load()} reads and
 * checks the chain and applies it to the model once; then {@link #compile} writes bundles and
 * {@link #script} renders one script as text. The CLI verbs are thin wrappers over these calls.
 */
public final class Compiler {

    private final Chain chain;
    private final ChainModel model;
    private final BundleOptions options;
    private final CompileRecord record;
    // concurrent: online runs and tests call script() from several threads on one compiler
    private final Map<Dialect, TemplateSet> scriptTemplates = new java.util.concurrent.ConcurrentHashMap<>();

    private Compiler(Chain chain, ChainModel model, BundleOptions options, CompileRecord record) {
        this.chain = chain;
        this.model = model;
        this.options = options;
        this.record = record;
    }

    /**
     * Starts a configuration with the defaults: no features, the default version table, one transaction per revision,
     * the built-in templates.
     */
    public static Configuration configure() {
        return new Configuration();
    }

    /** Fluent settings for a {@link Compiler}. */
    public static final class Configuration {
        private Path chainDir;
        private final Set<String> features = new TreeSet<>();
        private String versionTable = BundleOptions.DEFAULT_VERSION_TABLE;
        private TransactionMode transactions = TransactionMode.PER_REVISION;
        private Optional<Path> templatesDir = Optional.empty();
        private Progress progress = Progress.NONE;
        private Optional<SourcePos> featureSource = Optional.empty();
        private SqlOpCheck sqlCheck = SqlOpCheck.standard();
        private ParseCache parseCache = ParseCache.off();
        private CompileRecord record = CompileRecord.NONE;

        /** The directory holding the revision files (required); it is read by {@link #load()}, not here. */
        public Configuration chainDir(Path dir) {
            this.chainDir = dir;
            return this;
        }

        /**
         * Adds features to enable; a revision or op limited to features applies only when one of them is enabled.
         * Unknown names are accepted unless {@link #checkFeatureNames} is set.
         */
        public Configuration features(Collection<String> enabled) {
            features.addAll(enabled);
            return this;
        }

        /**
         * The enabled features must be ones the chain names in {@code when:}; an unknown one is E039 at
         * {@code where} (the option or config key they came from), with a did-you-mean.
         */
        public Configuration checkFeatureNames(SourcePos where) {
            this.featureSource = Optional.of(where);
            return this;
        }

        /**
         * The table that records the applied revision in the bundles' SQL (default {@code sqlbundle_version}); a name
         * that is not a plain identifier of at most 51 characters is BAD_INPUT at {@link #load()}.
         */
        public Configuration versionTable(String table) {
            this.versionTable = table;
            return this;
        }

        /** How bundles group statements into transactions (default {@link TransactionMode#PER_REVISION}). */
        public Configuration transactions(TransactionMode mode) {
            this.transactions = mode;
            return this;
        }

        /**
         * A directory whose Velocity templates replace the built-in ones, per dialect; null means the built-in ones.
         */
        public Configuration templatesDir(Path dir) {
            this.templatesDir = Optional.ofNullable(dir);
            return this;
        }

        /** Where load() reports reading the files and applying each revision (default: nowhere). */
        public Configuration progress(Progress listener) {
            this.progress = listener;
            return this;
        }

        /** The CPU time one statement of a sql op may take to parse (E143 beyond it). */
        public Configuration sqlParseBudget(java.time.Duration budget) {
            this.sqlCheck = SqlOpCheck.withBudget(budget);
            return this;
        }

        /**
         * Keeps parsed revision files in {@code dir} between runs (docs/cache.md), so a later load of unchanged files
         * parses no YAML and no SQL again; null, the default, keeps none. Trouble with the directory is passed to
         * {@code warnings} (E173, E174) and never fails the load; the result is the same with or without it.
         */
        public Configuration parseCache(Path dir, java.util.function.Consumer<Problem> warnings) {
            this.parseCache = dir == null ? ParseCache.off() : ParseCache.in(dir, warnings);
            return this;
        }

        /**
         * Records in {@code log} every file the load and later compiles read (the revision files, the chain directory's
         * list of them, the template overrides looked for) and every file a compile writes, for the compile result
         * cache (docs/cache.md).
         */
        public Configuration record(CompileRecord log) {
            this.record = log;
            return this;
        }

        /** Loads and checks the chain and builds the model; throws BAD_INPUT with every problem found. */
        public Compiler load() {
            if (chainDir == null) {
                throw new IllegalStateException("chainDir is required");
            }
            BundleOptions options = new BundleOptions(versionTable, transactions, templatesDir);
            progress.phase("reading " + chainDir);
            ChainLoader.SqlCheckedLater loaded = ChainLoader.loadCheckingSqlLater(chainDir, sqlCheck, parseCache);
            ChainModel model;
            try {
                if (featureSource.isPresent()) {
                    FeatureNames.check(loaded.chain(), features, featureSource.get());
                }
                model = ChainModel.build(loaded.chain(), features, progress);
            } catch (SqlbundleException e) {
                // as a plain load would: unparseable SQL is reported before what the model found
                loaded.awaitSqlChecks();
                throw e;
            }
            loaded.awaitSqlChecks();
            recordChain(loaded.chain());
            return new Compiler(loaded.chain(), model, options, record);
        }

        private void recordChain(Chain chain) {
            List<String> names = new ArrayList<>();
            for (Revision revision : chain.revisions()) {
                String name = Path.of(revision.file()).getFileName().toString();
                names.add(name);
                record.file(chainDir.resolve(name), revision.sha256());
            }
            record.revisionFiles(chainDir, names);
        }
    }

    /** The loaded, checked chain. */
    public Chain chain() {
        return chain;
    }

    /** The model: expected schema after every revision, for the verifier and tools. */
    public ChainModel model() {
        return model;
    }

    /**
     * The bundle settings this compiler was configured with; its type is internal, for sqlbundle's own tools, and not
     * part of the contract.
     */
    public BundleOptions options() {
        return options;
    }

    /** Which scripts a compile writes. */
    /** Which scripts a compile writes: the range's upgrade, its reverse downgrade, or both. */
    public enum Directions { UPGRADE, DOWNGRADE, BOTH }

    /**
     * What {@link #compile} wrote: the dialect directories and each script's summary, and what it removed that an
     * earlier compile had left in the directory.
     *
     * @param directories the dialect directories written, in the order the dialects were given
     * @param summaries each written script's summary, by dialect CLI name
     * @param removed the files of an earlier compile that this one removed
     */
    public record CompileResult(List<Path> directories, Map<String, List<BundleSummary>> summaries,
                                List<Path> removed) {
    }

    /**
     * Writes, per dialect, {@code <out>/<dialect>/upgrade.sql} (the range) and {@code downgrade.sql} (its
     * reverse), {@code bundle.json} and {@code MANIFEST.sha256}, and {@code <out>/BUNDLES.json} listing them all.
     * An earlier compile's bundles this one does not write again are removed; files no compile wrote stop it
     * (E038). Nothing is left behind on error.
     */
    public CompileResult compile(List<Dialect> dialects, String rangeSpec, Directions directions, Path out) {
        return compile(dialects, rangeSpec, directions, out, Progress.NONE);
    }

    /** As {@link #compile(List, String, Directions, Path)}, reporting each revision written to {@code progress}. */
    public CompileResult compile(List<Dialect> dialects, String rangeSpec, Directions directions, Path out,
                                 Progress progress) {
        Range up = chain.range(rangeSpec, Range.Direction.UPGRADE, Chain.BASE);
        Range down = chain.range(up.to(), up.from());
        Map<String, List<BundleSummary>> summaries = new LinkedHashMap<>();
        try (BundleOutput output = new BundleOutput(out, record.recording() ? record::wrote : null)) {
            // dialects are independent and each one's writing is partly sequential (templates, hashing, disk):
            // writing several at once keeps every core busy; results come back in the order given
            List<Callable<List<BundleSummary>>> tasks = new ArrayList<>();
            Map<String, String> files = new java.util.concurrent.ConcurrentHashMap<>();
            for (Dialect dialect : dialects) {
                tasks.add(() -> compileDialect(dialect, up, down, directions, output, files, progress));
            }
            List<List<BundleSummary>> written = SideBySide.run(tasks);
            for (int i = 0; i < dialects.size(); i++) {
                summaries.put(dialects.get(i).cliName, written.get(i));
            }
            output.writeIndex(BundlesIndex.document(model, options, up, directions.name().toLowerCase(Locale.ROOT),
                    dialects.stream().map(d -> d.cliName).toList(), files));
            return new CompileResult(output.commit(), summaries, output.removed());
        }
    }

    private List<BundleSummary> compileDialect(Dialect dialect, Range up, Range down, Directions directions,
                                               BundleOutput output, Map<String, String> index,
                                               Progress progress) {
        DialectRenderer renderer = Renderers.forDialect(dialect);
        TemplateSet templates = new TemplateSet(dialect.cliName, options.templatesDir(), record);
        BundleWriter writer = new BundleWriter(model, renderer, options, templates);
        Map<String, String> hashes = new LinkedHashMap<>();
        List<Map<String, Object>> files = new ArrayList<>();
        List<BundleSummary> written = new ArrayList<>();
        if (directions != Directions.DOWNGRADE) {
            var w = output.write(dialect.cliName, "upgrade.sql", wr -> writer.write(up, wr, progress));
            hashes.put("upgrade.sql", w.sha256());
            files.add(BundleJson.file("upgrade.sql", w.sha256(), w.value()));
            written.add(w.value());
        }
        if (directions != Directions.UPGRADE) {
            var w = output.write(dialect.cliName, "downgrade.sql", wr -> writer.write(down, wr, progress));
            hashes.put("downgrade.sql", w.sha256());
            files.add(BundleJson.file("downgrade.sql", w.sha256(), w.value()));
            written.add(w.value());
        }
        hashes.put("bundle.json", output.writeJson(dialect.cliName,
                BundleJson.bundle(model, renderer, options, up, files)));
        String manifest = output.writeManifest(dialect.cliName, hashes);
        hashes.forEach((file, sha) -> index.put(dialect.cliName + "/" + file, sha));
        index.put(dialect.cliName + "/MANIFEST.sha256", manifest);
        return written;
    }

    /** One script as text, for {@code upgrade --sql} and {@code downgrade --sql}. */
    // not synchronized: verify renders steps from several threads; templates are per dialect in a concurrent map
    // and jOOQ's type registry is guarded where types are created (DialectTypes)
    public String script(Dialect dialect, Range range) {
        StringWriter out = new StringWriter();
        // verify asks for two scripts per revision: load and parse the templates once per dialect, not per script
        TemplateSet templates = scriptTemplates.computeIfAbsent(dialect,
                d -> new TemplateSet(d.cliName, options.templatesDir()));
        new BundleWriter(model, Renderers.forDialect(dialect), options, templates).write(range, out);
        return out.toString();
    }

    /**
     * {@code stamp <rev> --sql}: create the version and history tables if needed and set them to {@code position}:
     * the history then holds every revision up to it, applied, with the checksum of its file as it is now, and no
     * revision marked started (stamping is the way out after a crash, docs/online.md).
     */
    public String stampScript(Dialect dialect, int position) {
        DialectRenderer r = Renderers.forDialect(dialect);
        History history = new History(r, options.versionTable());
        // one transaction where DDL allows it, so a stamp cut short never leaves the version table empty (= base)
        List<String> statements = new ArrayList<>(r.sessionStart());
        if (r.transactionalDdl()) {
            statements.addAll(r.beginTransaction());
        }
        statements.addAll(r.createVersionTable(options.versionTable()));
        statements.addAll(history.create());
        if (!r.transactionalDdl()) {
            // the tables exist now (their DDL committed by itself): the rows still change in one transaction
            statements.addAll(r.beginTransaction());
        }
        statements.add("delete from " + r.quote(options.versionTable()));
        if (position != Chain.BASE) {
            statements.addAll(r.stamp(options.versionTable(), Optional.empty(), Optional.of(chain.at(position).id())));
        }
        List<String[]> rows = new ArrayList<>();
        for (int p = Chain.BASE + 1; p <= position; p++) {
            rows.add(new String[] {chain.at(p).id(), chain.at(p).sha256()});
        }
        statements.addAll(history.reset(rows));
        statements.addAll(r.commitTransaction());
        statements.addAll(r.sessionEnd());
        StringBuilder sb = new StringBuilder(SqlComments.line("sqlbundle " + ToolVersion.get() + ": stamp " + chain.name()
                + " at " + (position == Chain.BASE ? "base" : chain.at(position).id()) + " for " + dialect.cliName
                + " (no migration runs)") + "\n");
        statements.forEach(s -> sb.append(s).append(";\n"));
        return sb.toString();
    }
}
