package org.sqlbundle.compiler.internal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.internal.source.Sha256;

/** The compile result cache's entries: keyed on the build and request, valid while the recorded inputs are. */
class ResultCacheTest {

    @TempDir
    Path tmp;

    private static final ResultCache.Printed PRINTED = new ResultCache.Printed("f00d", "postgresql upgrade ...\n",
            "warning: allowed\n");
    private static final byte[] SCRIPT = {1, 2, 3};

    private Path out() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("postgresql"));
        Files.write(out.resolve("postgresql/upgrade.sql"), SCRIPT);
        return out;
    }

    private CompileRecord recordOf(Path input) throws IOException {
        CompileRecord record = CompileRecord.create();
        record.file(input, Files.readAllBytes(input));
        record.wrote("postgresql/upgrade.sql", Sha256.hex(SCRIPT));
        return record;
    }

    @Test
    void aResultIsFoundForItsBuildAndRequestOnly() throws IOException {
        Path input = Files.writeString(tmp.resolve("1.yaml"), "id: a\n");
        ResultCache cache = ResultCache.in(tmp.resolve("cache"), 1 << 20, p -> { }, () -> "build 1");
        cache.store("request", recordOf(input), out(), PRINTED);

        Optional<ResultCache.Result> found = cache.lookup("request");
        assertTrue(found.isPresent());
        assertEquals(PRINTED, found.get().printed());
        assertEquals("postgresql/upgrade.sql", found.get().files().get(0).path());
        assertArrayEquals(SCRIPT, found.get().files().get(0).bytes());
        assertFalse(cache.lookup("another request").isPresent());
        assertFalse(ResultCache.in(tmp.resolve("cache"), 1 << 20, p -> { }, () -> "build 2").lookup("request")
                .isPresent(), "another build's result is never read");
    }

    @Test
    void aRecordThatSawAFileInTwoStatesWroteNothingOrWhoseOutputChangedIsNotKept() throws IOException {
        Path input = Files.writeString(tmp.resolve("1.yaml"), "id: a\n");
        ResultCache cache = ResultCache.in(tmp.resolve("cache"), 1 << 20, p -> { }, () -> "build");
        CompileRecord twoStates = recordOf(input);
        twoStates.file(input, Sha256.hex(new byte[] {9}));
        cache.store("request", twoStates, out(), PRINTED);
        assertFalse(cache.lookup("request").isPresent());

        CompileRecord wroteNothing = CompileRecord.create();
        wroteNothing.file(input, Files.readAllBytes(input));
        cache.store("request", wroteNothing, out(), PRINTED);
        assertFalse(cache.lookup("request").isPresent());

        Path out = out();
        Files.write(out.resolve("postgresql/upgrade.sql"), new byte[] {1, 2, 4});
        cache.store("request", recordOf(input), out, PRINTED);
        assertFalse(cache.lookup("request").isPresent(), "a file changed after the compile wrote it is not kept");
        try (Stream<Path> left = Files.list(tmp.resolve("cache/results"))) {
            assertEquals(List.of(), left.toList(), "nothing half-written is left");
        }
    }

    @Test
    void resultsOverTheBoundGoLeastRecentlyUsedFirst() throws IOException {
        Path input = Files.writeString(tmp.resolve("1.yaml"), "id: a\n");
        ResultCache one = ResultCache.in(tmp.resolve("cache"), 1 << 20, p -> { }, () -> "build");
        one.store("req-1", recordOf(input), out(), PRINTED);
        long entrySize;
        try (Stream<Path> files = Files.list(tmp.resolve("cache/results"))) {
            Path first = files.findFirst().orElseThrow();
            entrySize = Files.size(first);
            Files.setLastModifiedTime(first, FileTime.fromMillis(1_000_000));
        }
        ResultCache bounded = ResultCache.in(tmp.resolve("cache"), entrySize * 2, p -> { }, () -> "build");
        bounded.store("req-2", recordOf(input), out(), PRINTED);
        assertTrue(bounded.lookup("req-1").isPresent(), "two fit");
        bounded.store("req-3", recordOf(input), out(), PRINTED);
        assertTrue(bounded.lookup("req-3").isPresent());
        assertTrue(bounded.lookup("req-1").isPresent(), "the lookup above made it recently used");
        assertFalse(bounded.lookup("req-2").isPresent(), "the least recently used went");
    }

    @Test
    void aCompileThatWritesMoreThanTheBoundKeepsNoResult() throws IOException {
        Path input = Files.writeString(tmp.resolve("1.yaml"), "id: a\n");
        ResultCache cache = ResultCache.in(tmp.resolve("cache"), 1L << 30, p -> { }, () -> "build");
        Path out = out();
        byte[] large = new byte[(int) ResultCache.MAX_OUTPUT_BYTES + 1];
        Files.write(out.resolve("postgresql/upgrade.sql"), large);
        CompileRecord record = recordOf(input);
        record.wrote("postgresql/upgrade.sql", Sha256.hex(large));
        cache.store("request", record, out, PRINTED);
        assertFalse(cache.lookup("request").isPresent());
    }

    @Test
    void anyRebuildOfAJarOrClassDirectoryIsAnotherBuild() throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes/org/x"));
        Path jar = Files.write(tmp.resolve("lib.jar"), new byte[] {1, 2});
        Files.write(classes.resolve("A.class"), new byte[] {1});
        String classPath = tmp.resolve("classes") + java.io.File.pathSeparator + jar;
        String before = BuildIdentity.ofClassPath(classPath);
        assertEquals(before, BuildIdentity.ofClassPath(classPath));

        Files.write(classes.resolve("B.class"), new byte[] {2});
        String classAdded = BuildIdentity.ofClassPath(classPath);
        assertFalse(before.equals(classAdded), "a class added");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertFalse(classAdded.equals(BuildIdentity.ofClassPath(classPath)), "the jar rebuilt");
    }
}
