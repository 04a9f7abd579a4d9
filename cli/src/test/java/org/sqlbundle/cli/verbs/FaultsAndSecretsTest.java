package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/** Passwords never printed, and servers that don't answer or paths that can't be written end as clear errors. */
class FaultsAndSecretsTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    private static final String EXAMPLE = ROOT.resolve("examples/lbaas/revisions").toString();

    @TempDir
    Path work;

    private static void assertNoSecret(Outcome outcome, String secret) {
        assertFalse(outcome.out().contains(secret) || outcome.err().contains(secret), outcome.toString());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aPasswordInTheUrlsUserInfoNeverShows() throws IOException {
        int port = closedPort();
        Outcome current = Sqlbundle.run(work, "--debug", "current", "--dir", EXAMPLE, "--url",
                "jdbc:mariadb://sb:S3cret-Info-1@127.0.0.1:" + port + "/db");
        assertEquals(3, current.exitCode(), current.err());
        assertTrue(current.err().contains("as sb: error[E077]: cannot connect"), current.err());
        assertNoSecret(current, "S3cret-Info-1");

        Outcome verify = Sqlbundle.run(work, "--debug", "verify", "--dir", EXAMPLE, "--target",
                "jdbc:postgresql://postgres:S3cret-Info-2@127.0.0.1:" + port + "/postgres", "--report", "json",
                "r.json");
        assertEquals(3, verify.exitCode(), verify.err());
        assertTrue(verify.err().contains("cannot connect to postgresql server 127.0.0.1:" + port), verify.err());
        assertNoSecret(verify, "S3cret-Info-2");
    }

    /** A password typed where the name of its variable belongs is refused without being echoed. */
    @ParameterizedTest
    @ValueSource(strings = {"my-Typed-pw1!", "TypedPw2", "typed_pw3"})
    void aPasswordTypedIntoPasswordEnvIsNeverEchoed(String typed) throws IOException {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: " + EXAMPLE + "\nuser: lbaas\npassword_env: '"
                + typed + "'\nurl: jdbc:postgresql://127.0.0.1:" + closedPort() + "/x\n");
        for (String verb : new String[] {"current", "verify"}) {
            Outcome run = Sqlbundle.runWithEnvironment(work, Map.of(), verb, "--target",
                    "jdbc:postgresql://127.0.0.1:1/x");
            Outcome online = verb.equals("current") ? Sqlbundle.runWithEnvironment(work, Map.of(), verb) : run;
            assertEquals(2, online.exitCode(), online.err());
            assertTrue(online.err().contains("password_env"), online.err());
            assertNoSecret(online, typed);
        }
    }

    /** A port that accepts TCP (the kernel's backlog) but never answers: the run fails within the timeout. */
    @ParameterizedTest
    @ValueSource(strings = {"current postgresql", "current mariadb", "verify postgresql", "verify mariadb"})
    void aServerThatNeverAnswersFailsWithinTheConnectTimeout(String verbAndDriver) throws IOException {
        String[] parts = verbAndDriver.split(" ");
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:" + parts[1] + "://127.0.0.1:" + silent.getLocalPort() + "/x";
            long start = System.nanoTime();
            Outcome run = parts[0].equals("current")
                    ? Sqlbundle.run(work, "current", "--dir", EXAMPLE, "--url", url, "--user", "u",
                    "--connect-timeout", "2")
                    : Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", url, "--user", "u",
                    "--connect-timeout", "2");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(3, run.exitCode(), run.err());
            assertTrue(seconds < 20, "took " + seconds + " s");
            assertTrue(run.err().contains("--connect-timeout"), run.err());
        }
    }

    @Test
    void aNegativeConnectTimeoutIsBadInput() {
        Outcome run = Sqlbundle.run(work, "current", "--dir", EXAMPLE, "--url", "jdbc:sqlite:x.db",
                "--connect-timeout", "-1");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--connect-timeout must not be negative"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/proc/sqlbundle-out", "/proc/self/sqlbundle-out"})
    void anOutputDirectoryThatCannotBeCreatedIsOneLineWithAHint(String out) {
        Outcome run = Sqlbundle.run(work, "compile", "--dir", EXAMPLE, "--dialect", "sqlite", "--out", out);
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: cannot create output directory " + out), run.err());
        assertTrue(run.err().contains("\nhint: "), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run.err());
    }

    @Test
    void stagingDirectoriesOfKilledCompilesAreRemovedAndLiveOnesKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path out = Files.createDirectories(work.resolve("out"));
        Path stale = Files.createDirectories(out.resolve(".sqlbundle-staging-" + gone.pid() + "-1-123/sqlite"));
        Files.writeString(stale.resolve("upgrade.sql"), "half written");
        ProcessHandle self = ProcessHandle.current();
        Path live = Files.createDirectories(out.resolve(".sqlbundle-staging-" + self.pid() + "-"
                + self.info().startInstant().orElseThrow().toEpochMilli() + "-456"));

        Outcome run = Sqlbundle.run(work, "compile", "--dir", EXAMPLE, "--dialect", "sqlite", "--out", "out");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(stale.getParent()), "the dead compile's staging directory is removed");
        assertTrue(run.err().contains("removed " + stale.getParent() + ": left behind by a compile that was killed"),
                run.err());
        assertTrue(Files.isDirectory(live), "a running compile's staging directory is kept");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(3, left.count(), "sqlite/, BUNDLES.json and the live staging directory");
        }
    }

    /** A full file system, through a small tmpfs (root only; skipped where mounting is not allowed). */
    @Test
    void aFullDiskIsOneLineWithAHint() throws Exception {
        Path mount = Files.createDirectories(work.resolve("small"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(m.waitFor() == 0, "cannot mount a tmpfs here");
        try {
            Outcome run = Sqlbundle.run(work, "compile", "--dir", EXAMPLE, "--dialect", "all", "--out",
                    mount.resolve("out").toString());
            assertEquals(3, run.exitCode(), run.err());
            assertTrue(run.err().contains("No space left on device"), run.err());
            assertTrue(run.err().contains("hint: free space on that file system"), run.err());
            assertFalse(run.err().contains("internal error"), run.err());
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }
}
