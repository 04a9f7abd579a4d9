package org.sqlbundle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/sqlbundle in a copy of the repo layout without a built jar, reached through a symlink. */
class LauncherScriptTest {

    @TempDir
    Path work;

    @Test
    void followsSymlinksToTheRepoAndExplainsAMissingJar() throws Exception {
        Path repoRoot = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
        Path fakeRepo = work.resolve("repo");
        Files.createDirectories(fakeRepo.resolve("bin"));
        Path script = Files.copy(repoRoot.resolve("bin/sqlbundle"), fakeRepo.resolve("bin/sqlbundle"));
        assertTrue(Files.isExecutable(repoRoot.resolve("bin/sqlbundle")), "bin/sqlbundle must be executable");
        script.toFile().setExecutable(true);
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere/tools"));
        Files.createSymbolicLink(elsewhere.resolve("sqlbundle"), Path.of("../../repo/bin/sqlbundle"));

        Process process = new ProcessBuilder(List.of("bash", "tools/sqlbundle", "check"))
                .directory(work.resolve("elsewhere").toFile()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        String realRepo = fakeRepo.toRealPath().toString();
        assertTrue(output.contains(realRepo + "/cli/target/sqlbundle.jar not found"), output);
        assertTrue(output.contains("mvn -B -q package -DskipTests"), output);
    }

    @Test
    void tellsTheCliWhenStderrIsNotATerminal() throws Exception {
        Path repoRoot = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
        Path fakeRepo = work.resolve("repo");
        Files.createDirectories(fakeRepo.resolve("bin"));
        Files.createDirectories(fakeRepo.resolve("cli/target"));
        Files.writeString(fakeRepo.resolve("cli/target/sqlbundle.jar"), "");
        Files.copy(repoRoot.resolve("bin/sqlbundle"), fakeRepo.resolve("bin/sqlbundle")).toFile().setExecutable(true);
        // a java that only reports what the launcher told it
        Path fakeJava = Files.createDirectories(work.resolve("jdk/bin")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"stderr terminal: $SQLBUNDLE_STDERR_TERMINAL\"\n");
        fakeJava.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "repo/bin/sqlbundle", "compile"))
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", fakeJava.getParent() + ":" + builder.environment().get("PATH"));
        builder.environment().put(Environment.STDERR_TERMINAL, "1"); // inherited from a shell: must not leak through
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("stderr terminal: 0\n", output);
    }

    @Test
    void fixesTheYoungGenerationUnlessJavaOptsSizesTheHeap() throws Exception {
        assertTrue(launchedWith(null).contains(" -Xmn32m "), "a host-independent young generation");
        assertTrue(launchedWith("-XX:+PrintGC").contains(" -Xmn32m "));
        for (String sizing : List.of("-Xmx16m", "-Xmn8m", "-XX:MaxNewSize=8m", "-XX:NewRatio=3")) {
            String args = launchedWith("-XX:+PrintGC " + sizing);
            assertTrue(!args.contains("-Xmn32m") && args.contains(sizing), sizing + ": " + args);
        }
    }

    /** The arguments bin/sqlbundle gives java, seen by a stand-in java that prints them. */
    private String launchedWith(String javaOpts) throws Exception {
        Path repoRoot = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
        Path fakeRepo = work.resolve("repo");
        if (!Files.exists(fakeRepo)) {
            Files.createDirectories(fakeRepo.resolve("bin"));
            Files.createDirectories(fakeRepo.resolve("cli/target"));
            Files.writeString(fakeRepo.resolve("cli/target/sqlbundle.jar"), "");
            Files.copy(repoRoot.resolve("bin/sqlbundle"), fakeRepo.resolve("bin/sqlbundle")).toFile()
                    .setExecutable(true);
            Path fakeJava = Files.createDirectories(work.resolve("jdk/bin")).resolve("java");
            Files.writeString(fakeJava, "#!/bin/sh\necho \" $* \"\n");
            fakeJava.toFile().setExecutable(true);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "repo/bin/sqlbundle", "--version"))
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", work.resolve("jdk/bin") + ":" + builder.environment().get("PATH"));
        builder.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
