package org.sqlbundle.compiler.internal.cache;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;

/**
 * The cache of parsed revision files kept between runs (docs/cache.md): per chain directory one pack of YAML trees,
 * each under the SHA-256 of its file's bytes, so a second run of an unchanged (or slightly changed) chain parses no
 * YAML and runs JSqlParser only on what changed. A cache is only ever an optimisation: anything wrong with its
 * directory or its files is a warning (once per run) or nothing, never a failure and never a different result.
 */
public final class ParseCache {

    /** Packs of all chains together are kept under this size; the least recently used go first. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** The subdirectory of the cache directory that holds the packs, so other caches can share the directory. */
    static final String PACKS = "parsed";

    private static final ParseCache OFF = new ParseCache(null, DEFAULT_MAX_BYTES, problem -> { });

    private final Path dir;
    private final long maxBytes;
    private final Consumer<Problem> warnings;
    private final AtomicBoolean warned = new AtomicBoolean();

    private ParseCache(Path dir, long maxBytes, Consumer<Problem> warnings) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.warnings = warnings;
    }

    /** No cache: every file is parsed, nothing is written. */
    public static ParseCache off() {
        return OFF;
    }

    /** A cache in {@code dir} (created when missing); trouble with it goes to {@code warnings}. */
    public static ParseCache in(Path dir, Consumer<Problem> warnings) {
        return new ParseCache(dir.toAbsolutePath().normalize(), DEFAULT_MAX_BYTES, warnings);
    }

    /** As {@link #in(Path, Consumer)}, keeping the packs under {@code maxBytes} in all. */
    public static ParseCache in(Path dir, long maxBytes, Consumer<Problem> warnings) {
        return new ParseCache(dir.toAbsolutePath().normalize(), maxBytes, warnings);
    }

    /**
     * The per-user default, the directory the release launcher keeps its class-data archive in:
     * {@code $SQLBUNDLE_CACHE}, else {@code $XDG_CACHE_HOME/sqlbundle}, else {@code ~/.cache/sqlbundle}; empty when
     * none is known (no home directory), and then there is no cache.
     */
    public static Optional<Path> defaultDir(Function<String, Optional<String>> environment, String userHome) {
        Optional<Path> own = environment.apply("SQLBUNDLE_CACHE").map(Path::of);
        if (own.isPresent()) {
            return own;
        }
        Optional<Path> xdg = environment.apply("XDG_CACHE_HOME").map(Path::of).filter(Path::isAbsolute);
        if (xdg.isPresent()) {
            return Optional.of(xdg.get().resolve("sqlbundle"));
        }
        if (userHome == null || userHome.isBlank() || "?".equals(userHome)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(userHome, ".cache", "sqlbundle"));
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The cache directory; empty when off. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The pack of {@code chainDir}'s parsed files, read now; a pack that finds and keeps nothing when off. */
    public ChainPack open(Path chainDir) {
        return enabled() ? ChainPack.open(this, dir.resolve(PACKS), chainDir) : ChainPack.none();
    }

    /** E173: the cache directory can't be written. Reported once per run. */
    void cannotWrite(Path where, String why) {
        warn(Problem.of(SourcePos.ofFile(where.toString()), "E173", "cannot write the parse cache: " + why
                + "; this run parsed every revision file and the next one will again",
                "make the directory writable, choose another with --cache-dir DIR (cache_dir in sqlbundle.yaml), "
                        + "or turn the cache off with --no-cache"));
    }

    /** E174: a pack exists but can't be read (not a damaged one: that is replaced without a word). */
    void cannotRead(Path where, String why) {
        warn(Problem.of(SourcePos.ofFile(where.toString()), "E174", "cannot read the parse cache: " + why
                + "; every revision file was parsed", "make the file readable, or remove it (sqlbundle writes it "
                        + "again); --no-cache turns the cache off"));
    }

    private void warn(Problem problem) {
        if (warned.compareAndSet(false, true)) {
            warnings.accept(problem);
        }
    }
}
