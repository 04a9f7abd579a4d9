package org.sqlbundle.compiler.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    @TempDir
    Path dir;

    /** What the umask gives a new file; tests of files sqlbundle writes compare with it. */
    public static String defaultPermissions(Path dir) throws Exception {
        Path probe = Files.createFile(dir.resolve(".probe-" + System.nanoTime()));
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void theFileGetsTheUmasksPermissionsNotPrivateOnes() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        String expected = defaultPermissions(dir);
        Assumptions.assumeFalse(expected.equals("rw-------"), "a umask of 077 can't tell the two apart");
        Path file = TempFiles.createIn(dir, ".x-", ".tmp");
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(file.getFileName().toString().startsWith(".x-") && file.getFileName().toString().endsWith(".tmp"));
        assertNotEquals(file, TempFiles.createIn(dir, ".x-", ".tmp"));
    }
}
