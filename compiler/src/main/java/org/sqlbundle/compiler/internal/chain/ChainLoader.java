package org.sqlbundle.compiler.internal.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.cache.ChainPack;
import org.sqlbundle.compiler.internal.cache.ParseCache;
import org.sqlbundle.compiler.internal.concurrent.Futures;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Reads a chain directory. Every file is read even when some fail, so one run reports every problem.
 * Files are read in parallel: parsing YAML is most of the cost of loading a large chain.
 */
public final class ChainLoader {

    private ChainLoader() {
    }

    /** Loads and checks a linear chain; throws BAD_INPUT listing every problem otherwise. */
    public static Chain load(Path dir) {
        return load(dir, SqlOpCheck.standard());
    }

    /** Like {@link #load(Path)}, parsing sql ops within the budget of {@code sqlCheck}. */
    public static Chain load(Path dir, SqlOpCheck sqlCheck) {
        return load(dir, sqlCheck, ParseCache.off());
    }

    /** Like {@link #load(Path, SqlOpCheck)}, with the trees (and sql checks) of unchanged files from {@code cache}. */
    public static Chain load(Path dir, SqlOpCheck sqlCheck, ParseCache cache) {
        return loadGraph(dir, sqlCheck, cache).toChain();
    }

    /** Loads the revisions and their links; throws only if a file can't be read as a revision. */
    public static RevisionGraph loadGraph(Path dir) {
        return loadGraph(dir, SqlOpCheck.standard());
    }

    /** Like {@link #loadGraph(Path)}, parsing sql ops within the budget of {@code sqlCheck}. */
    public static RevisionGraph loadGraph(Path dir, SqlOpCheck sqlCheck) {
        return loadGraph(dir, sqlCheck, ParseCache.off());
    }

    /** Like {@link #loadGraph(Path, SqlOpCheck)}, with the trees of unchanged files from {@code cache}. */
    public static RevisionGraph loadGraph(Path dir, SqlOpCheck sqlCheck, ParseCache cache) {
        return new RevisionGraph(dir, readChecked(dir, sqlCheck, cache), List.of());
    }

    /**
     * Loads a linear chain like {@link #load} but leaves the parsing of its sql ops running on another thread: the
     * compiler applies the chain to the model meanwhile, a sequential pass that leaves the other cores idle. The
     * files are hashed for the fingerprint on that thread too.
     * Call {@link SqlCheckedLater#awaitSqlChecks} before trusting the chain.
     */
    public static SqlCheckedLater loadCheckingSqlLater(Path dir, SqlOpCheck sqlCheck) {
        return loadCheckingSqlLater(dir, sqlCheck, ParseCache.off());
    }

    /**
     * Like {@link #loadCheckingSqlLater(Path, SqlOpCheck)}, with the trees of unchanged files from {@code cache}; the
     * sql of a file an earlier run checked is not parsed again. The cache is written on that other thread too.
     */
    public static SqlCheckedLater loadCheckingSqlLater(Path dir, SqlOpCheck sqlCheck, ParseCache cache) {
        ChainPack pack = cache.open(dir);
        List<Revision> revisions = read(dir, sqlCheck, false, pack);
        Chain chain;
        try {
            chain = new RevisionGraph(dir, revisions, List.of()).toChain();
        } catch (SqlbundleException e) {
            // unparseable SQL is a problem of its file, reported before problems of the chain's shape, as load() does
            List<Problem> sqlProblems = sqlProblems(revisions, sqlCheck, pack);
            throwSqlProblems(sqlProblems);
            // every file read well: the next run after the chain's fix needs to parse only what the fix changed
            pack.commit();
            throw e;
        }
        return new SqlCheckedLater(chain, CompletableFuture.supplyAsync(() -> {
            chain.fingerprint();
            List<Problem> problems = sqlProblems(chain.revisions(), sqlCheck, pack);
            if (problems.isEmpty()) {
                pack.commit();
            }
            return problems;
        }));
    }

    /** A loaded chain whose sql ops are still being parsed. */
    public record SqlCheckedLater(Chain chain, CompletableFuture<List<Problem>> sqlProblems) {

        /** Waits for the sql ops to be parsed; throws with every unparseable one (see {@link SqlOpCheck#failure}). */
        public void awaitSqlChecks() {
            List<Problem> problems = Futures.await(sqlProblems);
            throwSqlProblems(problems);
        }
    }

    private static List<Problem> sqlProblems(List<Revision> revisions, SqlOpCheck sqlCheck, ChainPack pack) {
        List<Problem> problems = new ArrayList<>();
        for (Revision revision : revisions) {
            try {
                checkSql(revision, sqlCheck, pack);
            } catch (SqlbundleException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** Parses the revision's sql unless an earlier run found these very bytes' sql fine (docs/cache.md). */
    private static void checkSql(Revision revision, SqlOpCheck sqlCheck, ChainPack pack) {
        if (pack == ChainPack.none()) {
            // no cache: don't ask for the hash here, it is computed on the core the model leaves idle
            RevisionReader.checkSql(revision, sqlCheck);
            return;
        }
        String sha256 = revision.sha256();
        if (!pack.sqlChecked(sha256)) {
            RevisionReader.checkSql(revision, sqlCheck);
            pack.markSqlChecked(sha256);
        }
    }

    private static void throwSqlProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw SqlOpCheck.failure(problems);
        }
    }

    /** Every revision file of the directory, in file-name order; throws with every file's problems. */
    /** Every revision, its sql checked; the cache written when all is well. */
    private static List<Revision> readChecked(Path dir, SqlOpCheck sqlCheck, ParseCache cache) {
        ChainPack pack = cache.open(dir);
        List<Revision> revisions = read(dir, sqlCheck, true, pack);
        pack.commit();
        return revisions;
    }

    private static List<Revision> read(Path dir, SqlOpCheck sqlCheck, boolean checkSql, ChainPack pack) {
        if (!Files.isDirectory(dir)) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E030",
                    "chain directory " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist"),
                    "pass the directory of revision files with --dir"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(ChainFiles::isRevisionName).sorted().toList();
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E001",
                    "cannot list the chain directory: " + e.getMessage()));
        }
        // a revision name that is not a readable file is an error, never skipped: skipping the head would
        // quietly shrink the chain (and reading a FIFO would block for ever)
        List<Problem> notFiles = files.stream().map(ChainFiles::notARegularFile).flatMap(java.util.Optional::stream)
                .toList();
        if (!notFiles.isEmpty()) {
            throw SqlbundleException.badInput(notFiles);
        }
        if (files.isEmpty()) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E031",
                    "no revision files (*.yaml) in the chain directory",
                    "create the first one with 'sqlbundle revision -m \"initial schema\"'"));
        }
        Path base = Path.of("").toAbsolutePath();
        List<FileRead> results = files.parallelStream().map(f -> {
            try {
                Revision revision = RevisionReader.readWithoutSqlCheck(f, display(base, f), pack);
                if (checkSql) {
                    checkSql(revision, sqlCheck, pack);
                }
                return new FileRead(revision, List.of());
            } catch (SqlbundleException e) {
                return new FileRead(null, e.problems());
            }
        }).toList();
        // when the run fails anyway, the SQL of the files that did read is parsed too (had it not been already),
        // so its problems are reported with the others, each in its file's place
        boolean failing = results.stream().anyMatch(read -> !read.problems().isEmpty());
        List<Revision> revisions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FileRead read : results) {
            if (!read.problems().isEmpty()) {
                problems.addAll(read.problems());
            } else if (failing && !checkSql) {
                problems.addAll(sqlProblems(List.of(read.revision()), sqlCheck, pack));
            } else {
                revisions.add(read.revision());
            }
        }
        if (!problems.isEmpty()) {
            throw SqlOpCheck.failure(problems);
        }
        return revisions;
    }

    /** One file's outcome: its revision, or the problems that kept it from being one. */
    private record FileRead(Revision revision, List<Problem> problems) {
    }

    /** Paths relative to the working directory when below it, so errors read {@code examples/x/rev.yaml:3:1}. */
    static String display(Path workingDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
    }
}
