package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.internal.target.ContainerTarget;

/**
 * Ctrl-C (here SIGTERM, which runs the same shutdown hooks) in the middle of a container verify: the process ends
 * and the container it started is gone, without relying on Ryuk. The run is given its own id, so only its own
 * containers are counted: other verifies on the same Docker host don't matter.
 */
@ExtendWith(RequiresDocker.class)
class VerifyInterruptedIT {

    private static final long START_TIMEOUT_SECONDS = 300;
    private static final String END = "\u0000end";

    @Test
    void anInterruptedVerifyRemovesItsContainer() throws Exception {
        Path jar = Path.of(System.getProperty("sqlbundle.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        Path example = Path.of(System.getProperty("sqlbundle.repoRoot")).resolve("examples/lbaas");
        String run = UUID.randomUUID().toString();
        assertEquals(Set.of(), containers(run), "a fresh run id labels no container yet");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString(), "verify", "--dir",
                example.toString(), "--target", "postgresql", "--no-data").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(VerifyCommand.RUN_VARIABLE, run);
        Process verify = builder.start();
        List<String> stderr = new ArrayList<>();
        try {
            BlockingQueue<String> lines = readLines(verify);
            String line;
            do {
                line = lines.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (line != null && !line.equals(END)) {
                    stderr.add(line);
                }
            } while (line != null && !line.equals(END) && !line.startsWith("verifying 3/"));
            assertTrue(line != null && !line.equals(END), "verify ended or hung before its third revision: " + stderr);
            assertEquals(1, containers(run).size(), "the run's own container is up");
            verify.destroy();
            assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "verify stops on SIGTERM");
            assertEquals(Set.of(), containers(run), "no container of the interrupted run is left");
        } finally {
            stop(verify);
            removeLeftovers(run);
        }
    }

    /** SIGTERM first, so the shutdown hooks under test run even on the failure path; SIGKILL only if they hang. */
    private static void stop(Process verify) throws InterruptedException {
        if (verify.isAlive()) {
            verify.destroy();
            if (!verify.waitFor(60, TimeUnit.SECONDS)) {
                verify.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** stderr line by line on a thread of its own, so waiting for a line can time out; {@value #END} at the end. */
    private static BlockingQueue<String> readLines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                lines.add(END);
            }
        }, "verify-stderr");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Ids of this run's containers, running or stopped. */
    private static Set<String> containers(String run) throws IOException, InterruptedException {
        return new TreeSet<>(docker("ps", "-a", "-q", "--no-trunc", "--filter",
                "label=" + ContainerTarget.RUN_LABEL + "=" + run).lines().filter(l -> !l.isBlank()).toList());
    }

    /** A failed run must not leave its container behind for the next test to trip over. */
    private static void removeLeftovers(String run) throws IOException, InterruptedException {
        for (String id : containers(run)) {
            docker("rm", "-f", "-v", id);
        }
    }

    private static String docker(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("docker"));
        argv.addAll(List.of(args));
        Process docker = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, docker.waitFor(), out);
        return out;
    }
}
