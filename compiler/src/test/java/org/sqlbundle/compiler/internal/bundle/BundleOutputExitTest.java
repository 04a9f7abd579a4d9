package org.sqlbundle.compiler.internal.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run ended by System.exit before close() (the CLI's heap watch, a signal) still leaves nothing behind: no
 * staging directory, and no output directory the run created.
 */
class BundleOutputExitTest {

    @TempDir
    Path work;

    @Test
    void anExitBeforeCloseRemovesTheStagingAndTheOutputDirectoryItCreated() throws Exception {
        Path out = work.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExitsMidCompile.class.getName(), out.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child ends");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), output);
        assertTrue(output.contains("staged"), output);
        assertFalse(Files.exists(out), "nothing written: " + output);
    }

    /** Stages a file, then exits without closing, as the heap watch does. */
    public static final class ExitsMidCompile {
        public static void main(String[] args) {
            BundleOutput output = new BundleOutput(Path.of(args[0]));
            output.write("sqlite", "upgrade.sql", w -> {
                try {
                    w.write("select 1;\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            System.out.println("staged");
            System.exit(3);
        }
    }
}
