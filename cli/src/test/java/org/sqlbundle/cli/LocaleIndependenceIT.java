package org.sqlbundle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built jar, in a JVM of its own started under another locale or time zone, writes the same bytes as the
 * golden bundles (the example chain, with and without its feature) and as a run under en_US/UTC (a generated
 * chain, and one with a restrict foreign key). Under tr_TR a locale-less toUpperCase once turned SQLite's RESTRICT
 * into RESTRİCT, and bigint into bıgınt in every dialect's comments.
 */
class LocaleIndependenceIT {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("sqlbundle.jar", "target/sqlbundle.jar"));
    private static final List<String> REFERENCE = List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC");

    @TempDir
    static Path shared;

    private static Path generatedChain;
    private static Path generatedReference;
    private static Path actionsChain;
    private static Path actionsReference;

    @BeforeAll
    static void generateAChainAndItsReferenceBundles() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "build the jar first: " + JAR);
        generatedChain = shared.resolve("chain");
        run(REFERENCE, List.of(ROOT.resolve("bench/GenerateChain.java").toString(), generatedChain.toString(), "60", "7"));
        generatedReference = shared.resolve("reference");
        compile(REFERENCE, generatedChain, List.of(), generatedReference);
        // the other chains have no restrict (tr_TR upper-cases its I to İ) and no upper-case action to read
        actionsChain = Files.createDirectories(shared.resolve("actions"));
        Files.writeString(actionsChain.resolve("1.yaml"), """
                id: aaaa00000001
                parent: null
                message: pools and members
                upgrade:
                  - create_table:
                      name: pools
                      columns:
                        - { name: id, type: bigint, primary_key: true }
                  - create_table:
                      name: members
                      columns:
                        - { name: id, type: integer, primary_key: true }
                        - { name: pool_id, type: bigint }
                        - { name: weight, type: "decimal(10,2)" }
                      foreign_keys:
                        - { name: fk_a, columns: [pool_id], references: { table: pools, columns: [id] },
                            on_delete: restrict, on_update: NO ACTION }
                """);
        actionsReference = shared.resolve("actions-reference");
        compile(REFERENCE, actionsChain, List.of(), actionsReference);
        String sqlite = Files.readString(actionsReference.resolve("sqlite/upgrade.sql"));
        assertTrue(sqlite.contains("ON DELETE RESTRICT"), sqlite);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Duser.language=tr -Duser.country=TR", "-Duser.language=de -Duser.country=DE",
            "-Duser.timezone=Pacific/Chatham"})
    void theExampleAndAGeneratedChainCompileToTheSameBytes(String jvmOptions, @TempDir Path tmp) throws Exception {
        List<String> options = List.of(jvmOptions.split(" "));
        compile(options, ROOT.resolve("examples/lbaas/revisions"), List.of("--feature", "lbaas"), tmp.resolve("lbaas"));
        assertSameBytes(ROOT.resolve("bundles/features-lbaas"), tmp.resolve("lbaas"), jvmOptions);
        compile(options, ROOT.resolve("examples/lbaas/revisions"), List.of(), tmp.resolve("none"));
        assertSameBytes(ROOT.resolve("bundles/features-none"), tmp.resolve("none"), jvmOptions);
        compile(options, generatedChain, List.of(), tmp.resolve("generated"));
        assertSameBytes(generatedReference, tmp.resolve("generated"), jvmOptions);
        compile(options, actionsChain, List.of(), tmp.resolve("actions"));
        assertSameBytes(actionsReference, tmp.resolve("actions"), jvmOptions);
    }

    private static void compile(List<String> jvmOptions, Path chain, List<String> extra, Path out) throws Exception {
        List<String> args = new ArrayList<>(List.of("-jar", JAR.toString(), "compile", "--dir", chain.toString(),
                "--dialect", "all", "--out", out.toString()));
        args.addAll(extra);
        run(jvmOptions, args);
    }

    /** A fresh JVM with the given options; the working directory has no sqlbundle.yaml, so no config applies. */
    private static void run(List<String> jvmOptions, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(shared.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + "\n" + output);
    }

    private static void assertSameBytes(Path expected, Path actual, String jvmOptions) throws IOException {
        List<String> want = files(expected);
        assertEquals(want, files(actual), "bundle files under " + jvmOptions);
        // the SQL first: a changed script says more than the checksums that follow from it
        List<String> order = new ArrayList<>(want);
        order.sort(Comparator.comparing(f -> !f.endsWith(".sql")));
        for (String file : order) {
            if (Files.mismatch(expected.resolve(file), actual.resolve(file)) != -1) {
                List<String> a = Files.readAllLines(expected.resolve(file));
                List<String> b = Files.readAllLines(actual.resolve(file));
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    String x = i < a.size() ? a.get(i) : "(no line)";
                    String y = i < b.size() ? b.get(i) : "(no line)";
                    if (!x.equals(y)) {
                        fail(file + " differs under " + jvmOptions + " at line " + (i + 1) + ":\n- " + x + "\n+ " + y);
                    }
                }
                fail(file + " differs under " + jvmOptions + " (line endings or a final newline)");
            }
        }
        assertTrue(want.size() >= 20, "every dialect wrote its bundle: " + want);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
