package org.sqlbundle.compiler.internal.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;

/**
 * The checked-in bundles of the example chain must be exactly what the compiler makes today. A change
 * to rendering shows up here as a readable diff; regenerate with {@code bundles/regenerate} and review it.
 */
class GoldenBundlesTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"features-lbaas", "features-none"})
    void goldenBundlesMatchAFreshCompile(String variant, @TempDir Path tmp) throws IOException {
        List<String> features = variant.equals("features-lbaas") ? List.of("lbaas") : List.of();
        Compiler.configure().chainDir(ROOT.resolve("examples/lbaas/revisions")).features(features).load()
                .compile(List.of(Dialect.values()), "base:head", Compiler.Directions.BOTH, tmp);
        Path golden = ROOT.resolve("bundles").resolve(variant);
        List<String> expected = files(golden);
        List<String> actual = files(tmp);
        assertEquals(expected, actual, "bundle files differ from " + golden + "; run bundles/regenerate");
        for (String file : expected) {
            List<String> want = Files.readAllLines(golden.resolve(file));
            List<String> got = Files.readAllLines(tmp.resolve(file));
            if (!want.equals(got)) {
                fail("bundles/" + variant + "/" + file + " is out of date; run bundles/regenerate and review:\n"
                        + diff(want, got));
            }
        }
        assertTrue(expected.size() >= 20, "every dialect has upgrade, downgrade, bundle.json and manifest");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aLineInsertedEarlyShowsAsOneAddedLineNotAsEveryLineAfterIt() {
        String d = diff(List.of("a", "b", "c", "d"), List.of("a", "new", "b", "c", "d"));
        assertTrue(d.contains("+new"), d);
        assertEquals(1, d.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count(), d);
        assertEquals(0, d.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count(), d);
    }

    /** A unified diff (java-diff-utils) from the golden file to what the chain compiles to now. */
    static String diff(List<String> want, List<String> got) {
        Patch<String> patch = DiffUtils.diff(want, got);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("golden", "compiled", want, patch, 2));
    }
}
