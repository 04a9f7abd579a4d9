package org.sqlbundle.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.render.Dialect;

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

    /** The first differing lines, numbered, as "- expected" / "+ actual". */
    static String diff(List<String> want, List<String> got) {
        List<String> out = new ArrayList<>();
        int n = Math.max(want.size(), got.size());
        for (int i = 0; i < n && out.size() < 40; i++) {
            String w = i < want.size() ? want.get(i) : null;
            String g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                out.add(String.format(Locale.ROOT, "%5d - %s", i + 1, w == null ? "(no line)" : w));
                out.add(String.format(Locale.ROOT, "%5d + %s", i + 1, g == null ? "(no line)" : g));
            }
        }
        return String.join("\n", out);
    }
}
