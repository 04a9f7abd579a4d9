package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/**
 * The compile result cache (docs/cache.md): a compile whose inputs and options are unchanged writes and prints what
 * the compile that filled the cache did, without loading the chain; any change of an input or option compiles again.
 * A run that loads the chain touches the parse cache's pack, a hit does not: that tells a hit from a miss here.
 */
class CompileCacheTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000L);

    @TempDir
    Path work;

    private Path chain;

    @BeforeEach
    void copyChain() {
        chain = Fixtures.copyChain("linear-3", work.resolve("revisions"));
    }

    /** A compile with the test's cache directory; {@code options} after the chain. */
    private Outcome compile(String... options) {
        List<String> args = new ArrayList<>(List.of("compile", "--dir", "revisions", "--cache-dir", "cache",
                "--out", "out"));
        args.addAll(Arrays.asList(options));
        return Sqlbundle.run(work, args.toArray(String[]::new));
    }

    /** The same compile without any cache, into a new output directory: what every cached run must give. */
    private Compiled reference(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("compile", "--dir", "revisions", "--no-cache", "--out", "out"));
        args.addAll(Arrays.asList(options));
        freshOut();
        Outcome run = Sqlbundle.run(work, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        Compiled ref = new Compiled(run, tree(work.resolve("out")));
        freshOut();
        return ref;
    }

    /** No output directory: a compile into it then prints nothing about an earlier one's bundles. */
    private void freshOut() throws IOException {
        if (Files.exists(work.resolve("out"))) {
            deleteTree(work.resolve("out"));
        }
    }

    private record Compiled(Outcome run, Map<String, String> files) {
    }

    /** Runs a compile that must load the chain (a miss), checks it against the uncached one, returns it. */
    private Compiled miss(String... options) throws IOException {
        return compileExpecting(true, options);
    }

    /** Runs a compile that must come from the cache (a hit), and checks it against the uncached one. */
    private void hit(String... options) throws IOException {
        compileExpecting(false, options);
    }

    private Compiled compileExpecting(boolean loadsChain, String... options) throws IOException {
        Compiled expected = reference(options);
        agePack();
        Outcome run = compile(options);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(loadsChain, packTouched(), loadsChain ? "the chain was loaded (a miss)" : "a hit: no chain load");
        assertSame(expected, run);
        return new Compiled(run, tree(work.resolve("out")));
    }

    private void assertSame(Compiled expected, Outcome run) throws IOException {
        assertEquals(expected.run().out(), run.out());
        assertEquals(expected.run().err(), run.err());
        assertEquals(expected.files(), tree(work.resolve("out")));
    }

    private Path pack() throws IOException {
        try (Stream<Path> packs = Files.list(work.resolve("cache/parsed"))) {
            return packs.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
        }
    }

    private void agePack() throws IOException {
        if (Files.isDirectory(work.resolve("cache/parsed"))) {
            Files.setLastModifiedTime(pack(), LONG_AGO);
        }
    }

    private boolean packTouched() throws IOException {
        return !Files.getLastModifiedTime(pack()).equals(LONG_AGO);
    }

    private List<Path> entries() throws IOException {
        Path results = work.resolve("cache/results");
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(p -> p.toString().endsWith(".result")).sorted().toList();
        }
    }

    /** Every file under {@code dir} by relative path, with its text. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String builtInTemplate(String name) throws IOException {
        try (InputStream in = CompileCacheTest.class.getClassLoader().getResourceAsStream("templates/common/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHitWritesAndPrintsWhatTheCompileDidForEveryDialectDirectionRangeFeatureAndTemplate() throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates/postgresql"));
        Files.writeString(templates.resolve("footer.vm"), "-- site footer\n" + builtInTemplate("footer.vm"));
        String[][] optionSets = {
            {"--dialect", "all"},
            {"--dialect", "all", "--direction", "upgrade", "--feature", "lbaas"},
            {"--dialect", "postgresql,sqlite", "--direction", "downgrade", "--range", "aaaa00000001:head"},
            {"--dialect", "postgresql,h2", "--templates", "templates", "--transactions", "bundle",
                "--version-table", "alembic_version"},
        };
        for (String[] options : optionSets) {
            miss(options);
            hit(options);
        }
        assertEquals(optionSets.length, entries().size(), "one result per request");
        assertTrue(Files.readString(work.resolve("out/postgresql/upgrade.sql")).contains("-- site footer"));
    }

    @Test
    void aHitReplacesAndPrunesAnEarlierCompilesBundlesAsACompileDoes() throws IOException {
        miss("--dialect", "postgresql");
        assertEquals(0, compile("--dialect", "sqlite,h2").exitCode());
        agePack();
        Outcome again = compile("--dialect", "postgresql");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("removed " + work.resolve("out").resolve("h2")), again.out());
        assertFalse(packTouched(), "a hit");
        assertEquals(List.of("BUNDLES.json", "postgresql"), Fixtures.fileNames(work.resolve("out")));
    }

    @Test
    void everyChangeOfARevisionFileCompilesAgain() throws IOException {
        miss("--dialect", "postgresql");
        hit("--dialect", "postgresql");

        Path second = chain.resolve("0002_add_status.yaml");
        Files.writeString(second, Files.readString(second).replace("add status to pools", "add a status"));
        Compiled edited = miss("--dialect", "postgresql");
        assertTrue(edited.files().get("postgresql/upgrade.sql").contains("add a status"));
        hit("--dialect", "postgresql");

        // the same size: only the hash tells
        Path first = chain.resolve("0001_create_pools.yaml");
        Files.writeString(first, Files.readString(first).replace("create pools", "create Pools"));
        assertTrue(miss("--dialect", "postgresql").files().get("postgresql/upgrade.sql").contains("create Pools"));

        Files.writeString(chain.resolve("0004_more.yaml"), "id: dddd00000004\nparent: cccc00000003\nmessage: more\n"
                + "upgrade:\n  - add_column: {table: pools, column: {name: more, type: integer}}\n");
        miss("--dialect", "postgresql");

        Files.move(chain.resolve("0004_more.yaml"), chain.resolve("0004_renamed.yaml"));
        miss("--dialect", "postgresql");

        Files.delete(chain.resolve("0004_renamed.yaml"));
        miss("--dialect", "postgresql");
        hit("--dialect", "postgresql");
        assertEquals(1, entries().size(), "the request's entry is replaced, not added to");
    }

    @Test
    void everyChangeOfATemplateOverrideCompilesAgain() throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("footer.vm"), "-- one\n" + builtInTemplate("footer.vm"));
        miss("--dialect", "sqlite", "--templates", "templates");
        hit("--dialect", "sqlite", "--templates", "templates");

        Files.writeString(templates.resolve("footer.vm"), "-- two\n" + builtInTemplate("footer.vm"));
        miss("--dialect", "sqlite", "--templates", "templates");

        // a dialect's own override, looked for first and absent until now
        Files.createDirectories(templates.resolve("sqlite"));
        Files.writeString(templates.resolve("sqlite/footer.vm"), "-- three\n" + builtInTemplate("footer.vm"));
        Compiled dialectOwn = miss("--dialect", "sqlite", "--templates", "templates");
        assertTrue(dialectOwn.files().get("sqlite/upgrade.sql").contains("-- three"));
        hit("--dialect", "sqlite", "--templates", "templates");

        // a directory whose overrides were all absent, removed: the compile stops with E064, and so must a lookup
        Path empty = Files.createDirectories(work.resolve("no-overrides"));
        miss("--dialect", "sqlite", "--templates", "no-overrides");
        Files.delete(empty);
        Outcome gone = compile("--dialect", "sqlite", "--templates", "no-overrides");
        assertEquals(2, gone.exitCode(), gone.out());
        assertTrue(gone.err().contains("E064"), gone.err());
    }

    @Test
    void aChangedConfigFileCompilesAgain() throws IOException {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dialects: [postgresql]\n");
        miss();
        hit();
        Files.writeString(work.resolve("sqlbundle.yaml"), "dialects: [postgresql]\nfeatures: [lbaas]\n");
        miss();
        Files.writeString(work.resolve("sqlbundle.yaml"), "dialects: [postgresql]  # same options\nfeatures: [lbaas]\n");
        miss();
        hit();
    }

    @Test
    void everyOptionThatShapesTheOutputIsPartOfTheRequest() throws IOException {
        miss("--dialect", "postgresql");
        String[][] variants = {
            {"--dialect", "mysql"},
            {"--dialect", "postgresql", "--direction", "upgrade"},
            {"--dialect", "postgresql", "--range", "base:folsom"},
            {"--dialect", "postgresql", "--feature", "lbaas"},
            {"--dialect", "postgresql", "--version-table", "alembic_version"},
            {"--dialect", "postgresql", "--transactions", "bundle"},
            {"--dialect", "postgresql", "--sql-parse-timeout", "30"},
            {"--dialect", "postgresql", "--allow-asymmetric", "aaaa00000001"},
        };
        for (String[] variant : variants) {
            miss(variant);
        }
        assertEquals(variants.length + 1, entries().size());
        hit("--dialect", "postgresql");
    }

    @Test
    void aDamagedEntryIsIgnoredAndReplaced() throws IOException {
        miss("--dialect", "postgresql");
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entry, bytes);
        miss("--dialect", "postgresql");
        hit("--dialect", "postgresql");

        Files.write(entry, Arrays.copyOf(Files.readAllBytes(entry), 40));
        miss("--dialect", "postgresql");
        hit("--dialect", "postgresql");
    }

    @Test
    void anUnwritableCacheDirectoryIsAWarningAndTheCompileSucceeds() throws IOException {
        Files.writeString(work.resolve("not-a-dir"), "a file where the cache directory should be");
        for (int run = 0; run < 2; run++) {
            Outcome outcome = Sqlbundle.run(work, "compile", "--dir", "revisions", "--cache-dir", "not-a-dir",
                    "--dialect", "postgresql", "--out", "out");
            assertEquals(0, outcome.exitCode(), outcome.err());
            assertTrue(outcome.err().contains("warning[E182]: cannot write the compile result cache"), outcome.err());
            assertTrue(Files.isRegularFile(work.resolve("out/postgresql/upgrade.sql")));
        }
    }

    @Test
    void noCacheKeepsNoResult() {
        Outcome run = Sqlbundle.run(work, "compile", "--dir", "revisions", "--no-cache", "--dialect", "postgresql",
                "--out", "out");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(work.resolve("cache")));
        Outcome noCacheAfterCache = compile("--dialect", "postgresql");
        assertEquals(0, noCacheAfterCache.exitCode());
        assertEquals(run.out(), noCacheAfterCache.out());
    }

    @Test
    void aFailedCompileIsNeverKept() throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("footer.vm"), "$no_such_value\n");
        for (int run = 0; run < 2; run++) {
            Outcome failed = compile("--dialect", "postgresql", "--templates", "templates");
            assertEquals(2, failed.exitCode(), failed.out());
            assertTrue(failed.err().contains("E150"), failed.err());
        }
        Outcome badRange = compile("--dialect", "postgresql", "--range", "base:nonexistent");
        assertEquals(2, badRange.exitCode());
        assertEquals(List.of(), entries());
        assertFalse(Files.exists(work.resolve("out/postgresql")));
    }

    @Test
    void twoCompilesRacingOnOneCacheBothSucceedAndLeaveAWholeEntry() throws Exception {
        Compiled expected = reference("--dialect", "all", "--feature", "lbaas");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> runs = new ArrayList<>();
            for (String out : new String[] {"race-a", "race-b"}) {
                Callable<Outcome> run = () -> Sqlbundle.run(work, "compile", "--dir", "revisions", "--cache-dir",
                        "cache", "--dialect", "all", "--feature", "lbaas", "--out", out);
                runs.add(pool.submit(run));
            }
            for (Future<Outcome> run : runs) {
                assertEquals(0, run.get().exitCode(), run.get().err());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected.files(), tree(work.resolve("race-a")));
        assertEquals(expected.files(), tree(work.resolve("race-b")));
        assertEquals(1, entries().size());
        hit("--dialect", "all", "--feature", "lbaas");
        assertNotEquals(0, Files.size(entries().get(0)));
    }
}
