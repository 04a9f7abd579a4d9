package org.sqlbundle.compiler.internal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** The parse cache never changes what a run produces, and survives damage to its own files. */
class ParseCacheTest {

    private static final Path LBAAS = Path.of("..", "examples", "lbaas", "revisions");

    @Test
    void coldWarmAndEditedRunsWriteTheSameBundlesAsRunsWithoutCache(@TempDir Path tmp) throws IOException {
        Path chain = copyOf(LBAAS, tmp.resolve("chain"));
        Path cache = tmp.resolve("cache");
        List<Problem> warnings = new ArrayList<>();
        Map<String, byte[]> uncached = compile(chain, null, tmp.resolve("out"), warnings);
        Map<String, byte[]> cold = compile(chain, cache, tmp.resolve("out"), warnings);
        Path pack = onlyPack(cache);
        byte[] packBytes = Files.readAllBytes(pack);
        Files.setLastModifiedTime(pack, FileTime.fromMillis(0));
        Map<String, byte[]> warm = compile(chain, cache, tmp.resolve("out"), warnings);
        assertSameFiles(uncached, cold);
        assertSameFiles(uncached, warm);
        assertArrayEquals(packBytes, Files.readAllBytes(pack), "a warm run of an unchanged chain rewrote the pack");
        assertTrue(Files.getLastModifiedTime(pack).toMillis() > 0, "a warm run marks its pack used");

        // one file edited: the others come from the cache, the edited one is parsed, the output is as without cache
        Path edited = chain.resolve("4692d074d587_agent_scheduler.yaml");
        Files.writeString(edited, Files.readString(edited).replaceFirst("message: .*", "message: \"edited\""));
        Map<String, byte[]> editedUncached = compile(chain, null, tmp.resolve("out"), warnings);
        Map<String, byte[]> editedWarm = compile(chain, cache, tmp.resolve("out"), warnings);
        assertFalse(Arrays.equals(uncached.get("postgresql/upgrade.sql"), editedUncached.get("postgresql/upgrade.sql")));
        assertSameFiles(editedUncached, editedWarm);
        assertFalse(Arrays.equals(packBytes, Files.readAllBytes(pack)), "the edited file's tree was not kept");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDamagedPackIsIgnoredAndReplaced(@TempDir Path tmp) throws IOException {
        Path chain = copyOf(LBAAS, tmp.resolve("chain"));
        Path cache = tmp.resolve("cache");
        List<Problem> warnings = new ArrayList<>();
        Map<String, byte[]> expected = compile(chain, cache, tmp.resolve("out"), warnings);
        Path pack = onlyPack(cache);
        byte[] good = Files.readAllBytes(pack);
        List<byte[]> damages = new ArrayList<>();
        damages.add(Arrays.copyOf(good, good.length / 2));
        damages.add(new byte[0]);
        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 0x10;
        damages.add(flipped);
        byte[] otherFormat = good.clone();
        otherFormat[7] = 99;
        damages.add(otherFormat);
        for (byte[] damage : damages) {
            Files.write(pack, damage);
            assertSameFiles(expected, compile(chain, cache, tmp.resolve("out"), warnings));
            // the encoding is deterministic: the replacement is the pack as it was
            assertArrayEquals(good, Files.readAllBytes(pack), "the damaged pack was not replaced");
        }
        assertEquals(List.of(), warnings, "a damaged pack is replaced without a word");
    }

    @Test
    void anUnwritableCacheDirectoryIsOneWarningAndNoFailure(@TempDir Path tmp) throws IOException {
        Path chain = copyOf(LBAAS, tmp.resolve("chain"));
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        List<Problem> warnings = new ArrayList<>();
        Map<String, byte[]> withBadCache = compile(chain, notADirectory.resolve("sub"), tmp.resolve("out"), warnings);
        assertSameFiles(compile(chain, null, tmp.resolve("out"), new ArrayList<>()), withBadCache);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("E173", warnings.get(0).code());
        assertTrue(warnings.get(0).hint().orElse("").contains("--no-cache"), warnings.toString());
    }

    @Test
    void errorsFoundInCachedFilesPointWhereTheUncachedOnesDo(@TempDir Path tmp) throws IOException {
        Path chain = copyOf(LBAAS, tmp.resolve("chain"));
        Files.writeString(chain.resolve("zz_bad.yaml"), "id: zz1\nparent: 2528ceb28230\nmessage: m\nupgrade:\n"
                + "  - drop_table: {name: no_such_table}\n");
        Path cache = tmp.resolve("cache");
        String uncached = failure(chain, null);
        assertEquals(uncached, failure(chain, cache));
        assertTrue(Files.exists(onlyPack(cache)), "a load the model refused keeps its parsed files");
        String warm = failure(chain, cache);
        assertEquals(uncached, warm);
        assertTrue(warm.contains("zz_bad.yaml:5:"), warm);
    }

    @Test
    void packsOverTheBoundGoLeastRecentlyUsedFirst(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("parsed"));
        Path oldest = Files.write(dir.resolve("a.pack"), new byte[400]);
        Path middle = Files.write(dir.resolve("b.pack"), new byte[400]);
        Path newest = Files.write(dir.resolve("c.pack"), new byte[400]);
        Path staleTemp = Files.write(dir.resolve("d.pack123.tmp"), new byte[10]);
        Files.setLastModifiedTime(oldest, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(middle, FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(staleTemp, FileTime.fromMillis(1_000_000));
        PackFiles.evict(dir, oldest, 900);
        assertTrue(Files.exists(oldest), "the pack just written is kept");
        assertFalse(Files.exists(middle));
        assertTrue(Files.exists(newest));
        assertFalse(Files.exists(staleTemp), "a killed run's temporary file is removed");
    }

    @Test
    void theDefaultDirectoryIsTheLaunchersThenXdgThenHome() {
        assertEquals(Path.of("/x/cache/sqlbundle"), ParseCache.defaultDir(
                name -> name.equals("XDG_CACHE_HOME") ? java.util.Optional.of("/x/cache") : java.util.Optional.empty(),
                "/home/u").orElseThrow());
        assertEquals(Path.of("/home/u/.cache/sqlbundle"),
                ParseCache.defaultDir(name -> java.util.Optional.empty(), "/home/u").orElseThrow());
        assertTrue(ParseCache.defaultDir(name -> name.equals("XDG_CACHE_HOME") ? java.util.Optional.of("relative")
                : java.util.Optional.empty(), "").isEmpty(), "a relative XDG_CACHE_HOME is ignored, as the "
                + "specification says");
        assertEquals(Path.of("/opt/c"), ParseCache.defaultDir(name -> java.util.Optional.of(
                name.equals("SQLBUNDLE_CACHE") ? "/opt/c" : "/x"), "/home/u").orElseThrow(),
                "SQLBUNDLE_CACHE, as the release launcher's class-data archive");
    }

    static Map<String, byte[]> compile(Path chain, Path cache, Path out, List<Problem> warnings) throws IOException {
        Compiler compiler = Compiler.configure().chainDir(chain).features(List.of("lbaas"))
                .parseCache(cache, warnings::add).load();
        compiler.compile(List.of(Dialect.values()), "base:head", Compiler.Directions.BOTH, out);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String failure(Path chain, Path cache) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> Compiler.configure().chainDir(chain)
                .features(List.of("lbaas")).parseCache(cache, w -> { }).load());
        return e.getMessage();
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(actual.get(name), StandardCharsets.UTF_8), name));
    }

    static Path onlyPack(Path cache) throws IOException {
        try (Stream<Path> packs = Files.list(cache.resolve(ParseCache.PACKS))) {
            List<Path> all = packs.filter(p -> p.toString().endsWith(".pack")).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
