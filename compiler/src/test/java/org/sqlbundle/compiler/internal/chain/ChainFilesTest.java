package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** A revision name that is not a regular file is an error naming it; the chain never quietly shrinks. */
class ChainFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void twoRevisions() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), "id: a1\nparent: null\nmessage: m\nupgrade: []\n");
        Files.writeString(dir.resolve("2.yaml"), "id: a2\nparent: a1\nmessage: m\nupgrade: []\n");
        assertEquals("a2", ChainLoader.load(dir).head().id());
    }

    private Problem onlyProblem(String expectedWhat) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("E001", p.code());
        assertTrue(p.message().contains(dir.resolve("3.yaml").toString()), p.message());
        assertTrue(p.message().contains(expectedWhat), p.message());
        return p;
    }

    @Test
    void aHeadReplacedByADirectory() throws IOException {
        Files.createDirectory(dir.resolve("3.yaml"));
        onlyProblem("is a directory");
    }

    @Test
    void aDanglingSymbolicLink() throws IOException {
        Files.createSymbolicLink(dir.resolve("3.yaml"), dir.resolve("gone.yaml"));
        onlyProblem("a dangling symbolic link to " + dir.resolve("gone.yaml"));
    }

    @Test
    void aSymbolicLinkLoop() throws IOException {
        Files.createSymbolicLink(dir.resolve("3.yaml"), dir.resolve("4.yml"));
        Files.createSymbolicLink(dir.resolve("4.yml"), dir.resolve("3.yaml"));
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("a symbolic link in a loop"), e.getMessage());
    }

    /** Unreadable even for root, and reading it would block for ever. */
    @Test
    void aFifo() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("3.yaml").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> onlyProblem("not a regular file"));
    }

    @Test
    void anEditorsLockFileIsNotARevision() throws IOException {
        Files.createSymbolicLink(dir.resolve(".#2.yaml"), Path.of("root@host.1234:1700000000"));
        assertEquals("a2", ChainLoader.load(dir).head().id());
    }

    @Test
    void aMissingDirectorySaysSo() {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir.resolve("none")));
        assertEquals("chain directory " + dir.resolve("none") + " does not exist", e.problems().get(0).message());
    }
}
