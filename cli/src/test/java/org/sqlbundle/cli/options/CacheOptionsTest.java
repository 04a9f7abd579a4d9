package org.sqlbundle.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/** --cache-dir, cache_dir in sqlbundle.yaml, XDG_CACHE_HOME and --no-cache decide where parsed files are kept. */
class CacheOptionsTest {

    private static final String REVISION = "id: a1\nparent: null\nmessage: m\nupgrade:\n  - create_table: {name: t, "
            + "columns: [{name: id, type: integer, primary_key: true}]}\n";

    @TempDir
    Path work;

    private Path chain() throws Exception {
        Path chain = Files.createDirectories(work.resolve("revisions"));
        Files.writeString(chain.resolve("1.yaml"), REVISION);
        return chain;
    }

    private static long packs(Path cacheDir) throws Exception {
        Path parsed = cacheDir.resolve("parsed");
        if (!Files.isDirectory(parsed)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(parsed)) {
            return files.filter(p -> p.toString().endsWith(".pack")).count();
        }
    }

    @Test
    void theCacheGoesWhereTheOptionTheConfigOrXdgSays() throws Exception {
        chain();
        Map<String, String> xdg = Map.of("XDG_CACHE_HOME", work.resolve("xdg").toString());
        assertEquals(0, Sqlbundle.runWithEnvironment(work, xdg, "check", "--dir", "revisions").exitCode());
        assertEquals(1, packs(work.resolve("xdg/sqlbundle")));

        Outcome typed = Sqlbundle.runWithEnvironment(work, xdg, "check", "--dir", "revisions", "--cache-dir", "typed");
        assertEquals(0, typed.exitCode(), typed.err());
        assertEquals(1, packs(work.resolve("typed")));

        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: revisions\ncache_dir: from-config\n");
        assertEquals(0, Sqlbundle.runWithEnvironment(work, xdg, "compile", "--dialect", "sqlite", "--out", "out")
                .exitCode());
        assertEquals(1, packs(work.resolve("from-config")));

        try (Stream<Path> old = Files.walk(work.resolve("from-config"))) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Outcome off = Sqlbundle.runWithEnvironment(work, Map.of("XDG_CACHE_HOME", work.resolve("off").toString()),
                "check", "--no-cache");
        assertEquals(0, off.exitCode(), off.err());
        assertFalse(Files.exists(work.resolve("from-config")), "--no-cache wrote the configured cache");
        assertFalse(Files.exists(work.resolve("off")), "--no-cache wrote a cache");
    }

    @Test
    void noCacheWithCacheDirIsE175() throws Exception {
        chain();
        Outcome run = Sqlbundle.run(work, "check", "--dir", "revisions", "--no-cache", "--cache-dir", "x");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[E175]: --no-cache and --cache-dir contradict each other"), run.err());
    }

    @Test
    void anUnwritableCacheIsAWarningOnStderrAndExit0() throws Exception {
        chain();
        Files.writeString(work.resolve("not-a-dir"), "x");
        for (List<String> verb : List.of(List.of("check"), List.of("compile", "--dialect", "sqlite", "--out", "out"))) {
            String[] args = Stream.concat(verb.stream(), Stream.of("--dir", "revisions", "--cache-dir", "not-a-dir"))
                    .toArray(String[]::new);
            Outcome run = Sqlbundle.run(work, args);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("warning[E173]: cannot write the parse cache"), run.err());
            assertTrue(run.err().contains("hint: make the directory writable"), run.err());
        }
    }
}
