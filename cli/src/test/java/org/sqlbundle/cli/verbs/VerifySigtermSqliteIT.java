package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM at random points of a SQLite verify with its data round trip (seeded rows read and written): every time
 * the run says it was interrupted (E207), exits 3 and leaves no scratch file, never a driver message such as
 * "stmt pointer is closed" from the connections the cleanup closed under it.
 */
class VerifySigtermSqliteIT {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));

    @TempDir
    Path work;

    @Test
    void sigtermReportsInterruptedExitsThreeAndCleansUp() throws Exception {
        Random random = new Random(18);
        int signalled = 0;
        for (int trial = 0; signalled < 5; trial++) {
            assertTrue(trial < 20, "verify ended before SIGTERM in " + (trial - signalled) + " of " + trial + " trials");
            Path tmp = Files.createDirectories(work.resolve("tmp" + trial));
            Path log = work.resolve("verify" + trial + ".log");
            Process verify = start(tmp, log);
            // a random step, then a random point inside it (a quiet machine walks a step in tens of milliseconds)
            waitFor(verify, log, "verifying " + (2 + random.nextInt(14)) + "/");
            Thread.sleep(random.nextInt(40));
            if (!verify.isAlive()) {
                continue; // finished before the signal: this trial tested nothing, take another
            }
            signalled++;
            verify.destroy(); // SIGTERM
            assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "verify did not end after SIGTERM");
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(3, verify.exitValue(), "trial " + trial + ":\n" + out);
            assertTrue(out.contains("error[E207]: verify interrupted by SIGTERM"), out);
            assertFalse(out.contains("stmt pointer") || out.contains("internal error") || out.contains("SQLITE_"), out);
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("sqlbundle-")).toList(), "trial " + trial + " left files");
            }
        }
    }

    private Process start(Path tmp, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "org.sqlbundle.cli.Main", "verify", "--dir", ROOT.resolve("examples/lbaas").toString(), "--feature",
                "lbaas", "--target", "sqlite").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitFor(Process p, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            assertTrue(p.isAlive(), "verify ended before '" + text + "': " + Files.readString(log, StandardCharsets.UTF_8));
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' within 120 s");
            Thread.sleep(20);
        }
    }
}
