package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.testing.RequiresDocker;

/**
 * A container target whose image is neither on the host nor pullable (a registry under .invalid never resolves, as
 * on an air-gapped host): verify gives up in seconds with one line naming the image and how to load it, exit 3,
 * and no container was created.
 */
@ExtendWith(RequiresDocker.class)
class MissingImageIT {

    private static final String IMAGE = "registry.invalid/sqlbundle/absent:1";

    @Test
    void aMissingImageIsOneLineInSeconds() throws Exception {
        Path jar = Path.of(System.getProperty("sqlbundle.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        Path example = Path.of(System.getProperty("sqlbundle.repoRoot")).resolve("examples/lbaas");
        long started = System.nanoTime();
        Process verify = new ProcessBuilder("java", "-jar", jar.toString(), "verify", "--dir", example.toString(),
                "--target", "mysql", "--image", IMAGE).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err;
        try {
            err = new String(verify.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "verify ends");
        } finally {
            verify.destroyForcibly();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertEquals(3, verify.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line, no stack traces: " + err);
        String line = lines.get(0);
        assertTrue(line.startsWith("error: image " + IMAGE + " is not on this Docker host"), line);
        assertTrue(line.contains("docker load -i") && line.contains("--image NAME"), line);
        assertFalse(line.contains("***"), "nothing in it is a password: " + line);
        assertTrue(seconds < 30, "gave up in " + seconds + " s");
    }
}
