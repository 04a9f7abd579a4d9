package org.sqlbundle.compiler.internal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.plan.ChainModel;

/**
 * bench/GenerateChain.java must write chains the compiler accepts: linear, every op valid under the model
 * rules, every downgrade derivable (or explicit) back to the empty schema, and the same files for the same
 * seed. It is a single-file program outside the source tree, so it runs as a process, as the bench does.
 */
class GeneratedChainTest {

    private static final Path GENERATOR = ExampleChainTest.REPO_ROOT.resolve("bench/GenerateChain.java");

    @TempDir
    Path tmp;

    @Test
    void generatedChainIsValidAtEveryStep() throws Exception {
        Path dir = generate(tmp.resolve("chain"), 300, 7);
        Chain chain = ChainLoader.load(dir);
        assertEquals(300, chain.size());
        // derived undos re-append dropped columns and indexes, so only the round trip to empty is exact
        ExampleChainTest.upgradeAndDowngrade(chain.revisions(), false);
        // every revision's downgrade, explicit or derived, gives back the model before it
        assertEquals(List.of(), ChainModel.build(chain, List.of()).asymmetries());
    }

    @Test
    void sameSeedGivesTheSameFiles() throws Exception {
        Map<String, String> first = contents(generate(tmp.resolve("a"), 300, 7));
        Map<String, String> second = contents(generate(tmp.resolve("b"), 300, 7));
        Map<String, String> otherSeed = contents(generate(tmp.resolve("c"), 300, 8));
        assertEquals(first, second);
        assertNotEquals(first.keySet(), otherSeed.keySet());
    }

    private static Path generate(Path out, int revisions, long seed) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, GENERATOR.toString(), out.toString(),
                Integer.toString(revisions), Long.toString(seed)));
        Process p = new ProcessBuilder(command).directory(ExampleChainTest.REPO_ROOT.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator timed out");
        assertEquals(0, p.exitValue(), "generator failed:\n" + output);
        return out;
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }
}
