package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.verifier.containers.RequiresDocker;

/**
 * Ctrl-C (here SIGTERM, which runs the same shutdown hooks) in the middle of a container verify: the process ends
 * and the container it started is gone, without relying on Ryuk.
 */
@ExtendWith(RequiresDocker.class)
class VerifyInterruptedIT {

    private static final String LABEL = "org.sqlbundle.verifier=true";

    @Test
    void anInterruptedVerifyRemovesItsContainer() throws Exception {
        Path jar = Path.of(System.getProperty("sqlbundle.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        Path example = Path.of(System.getProperty("sqlbundle.repoRoot")).resolve("examples/lbaas");
        Set<String> before = containers();
        Process verify = new ProcessBuilder("java", "-jar", jar.toString(), "verify", "--dir", example.toString(),
                "--target", "postgresql", "--no-data").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader progress = new BufferedReader(
                new InputStreamReader(verify.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = progress.readLine();
            } while (line != null && !line.startsWith("verifying 3/"));
            assertTrue(line != null, "verify ended before its third revision");
            Set<String> during = containers();
            during.removeAll(before);
            assertEquals(1, during.size(), "the run's own container is up: " + during);
            verify.destroy();
            assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "verify stops on SIGTERM");
        } finally {
            verify.destroyForcibly();
        }
        assertEquals(before, containers(), "no container of the interrupted run is left");
    }

    /** Ids of verifier containers, running or stopped. */
    private static Set<String> containers() throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("docker", "ps", "-a", "-q", "--no-trunc", "--filter", "label=" + LABEL)
                .redirectErrorStream(true).start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ps.waitFor(), out);
        return new TreeSet<>(out.lines().filter(l -> !l.isBlank()).toList());
    }
}
