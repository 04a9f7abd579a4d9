package org.sqlbundle.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked into an empty folder, started through a symlink from a working
 * directory that holds only a chain of its own, with a HOME of its own (for the class-data archive) and no file of
 * the repository anywhere on the way.
 */
class DistributionIT {

    @TempDir
    static Path tmp;
    static Path home;
    static Path launcher;
    static Path work;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("sqlbundle.dist.archive"));
        Path install = Files.createDirectories(tmp.resolve("opt"));
        assertEquals(0, run(install, List.of("tar", "-xzf", archive.toString())).status);
        Path links = Files.createDirectories(tmp.resolve("links"));
        launcher = Files.createSymbolicLink(links.resolve("sqlbundle"),
                Path.of("../opt/sqlbundle-" + System.getProperty("sqlbundle.version") + "/bin/sqlbundle"));
        home = Files.createDirectories(tmp.resolve("home"));
        work = Files.createDirectories(tmp.resolve("work"));
        Path revisions = Files.createDirectories(work.resolve("db/revisions"));
        Files.writeString(revisions.resolve("0001_pools.yaml"), String.join("\n",
                "id: 0a0a0a0a0001", "parent: null", "message: create pools", "upgrade:", "  - create_table:",
                "      name: pools", "      columns:", "        - { name: id, type: string(36), primary_key: true }",
                "        - { name: name, type: string(255) }", ""));
        Files.writeString(revisions.resolve("0002_status.yaml"), String.join("\n",
                "id: 0a0a0a0a0002", "parent: 0a0a0a0a0001", "message: pool status", "upgrade:",
                "  - add_column: { table: pools, column: { name: status, type: string(16), default: ACTIVE } }", ""));
    }

    @Test
    void compilesAndVerifiesFromAnUnrelatedDirectory() throws Exception {
        Result compile = run(work, List.of(launcher.toString(), "compile", "--dir", "db", "--dialect", "sqlite,postgresql",
                "--out", "bundles"));
        assertEquals(0, compile.status, compile.output);
        assertTrue(Files.readString(work.resolve("bundles/sqlite/upgrade.sql")).contains("0a0a0a0a0002"));
        assertTrue(Files.isRegularFile(work.resolve("bundles/postgresql/downgrade.sql")));

        Result verify = run(work, List.of(launcher.toString(), "verify", "--dir", "db", "--target", "sqlite"));
        assertEquals(0, verify.status, verify.output);
        assertTrue(verify.output.contains("SYMMETRIC: 2 of 2 steps run, 0 failed"), verify.output);

        // bad input keeps the CLI's exit code and message through the launcher
        Result missing = run(work, List.of(launcher.toString(), "check", "--dir", "no-such-dir"));
        assertEquals(2, missing.status, missing.output);
        assertTrue(missing.output.contains("no-such-dir"), missing.output);
    }

    @Test
    void firstRunLeavesAClassDataArchiveInTheUsersCache() throws Exception {
        Result version = run(work, List.of(launcher.toString(), "--version"));
        assertEquals(0, version.status, version.output);
        assertEquals("sqlbundle " + System.getProperty("sqlbundle.version"), version.output.strip());
        Path cache = home.resolve(".cache/sqlbundle");
        try (Stream<Path> files = Files.list(cache)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".jsa")), "archives: " + names);
            assertFalse(names.stream().anyMatch(n -> n.endsWith(".tmp")), "no half-written archive left: " + names);
        }
        // a later start maps it (the JDK says so when asked)
        Result mapped = run(work, List.of(launcher.toString(), "--version"), "JAVA_OPTS", "-Xlog:cds=info");
        assertTrue(mapped.output.contains("Mapped dynamic region"), mapped.output);
    }

    @Test
    void shipsAThinClasspathDocsAndCompletion() throws Exception {
        Path root = launcher.toRealPath().getParent().getParent();
        try (Stream<Path> jars = Files.list(root.resolve("lib"))) {
            List<String> names = jars.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("sqlbundle-cli-" + System.getProperty("sqlbundle.version") + ".jar"), names::toString);
            assertTrue(names.contains("jooq-3.19.39.jar") || names.stream().anyMatch(n -> n.startsWith("jooq-")));
            assertFalse(names.contains("sqlbundle.jar"), "the shaded jar is not shipped: " + names);
            assertFalse(names.stream().anyMatch(n -> n.startsWith("picocli-")), "picocli is compiled into the CLI jar");
        }
        assertTrue(Files.isRegularFile(root.resolve("README.md")));
        assertTrue(Files.isRegularFile(root.resolve("docs/cli.md")));
        String completion = Files.readString(root.resolve("share/bash-completion/completions/sqlbundle.bash"));
        assertTrue(completion.contains("complete -F") && completion.contains("verify"), completion);
    }

    private record Result(int status, String output) {
    }

    private static Result run(Path dir, List<String> command, String... env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("HOME", home == null ? tmp.toString() : home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("SQLBUNDLE_CACHE");
        builder.environment().remove("JAVA_OPTS");
        for (int i = 0; i + 1 < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
