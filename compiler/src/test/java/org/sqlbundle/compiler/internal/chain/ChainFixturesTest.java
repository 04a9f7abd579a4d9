package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Every directory under src/test/resources/chains with an expected-error.txt is a broken chain. Each line
 * of that file is {@code CODE | text | text...}: exactly one reported problem per line, in order, with that
 * code and every text (file:line:col included) in its formatted output.
 */
class ChainFixturesTest {

    // surefire runs in the module directory, so positions print as src/test/resources/chains/<case>/<file>
    static final Path CHAINS = Path.of("src/test/resources/chains");

    static Stream<String> brokenChains() throws IOException {
        try (Stream<Path> dirs = Files.list(CHAINS)) {
            List<String> cases = dirs.filter(d -> Files.exists(d.resolve("expected-error.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertTrue(cases.size() >= 10, "fixture cases found: " + cases);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenChains")
    void reportsTheExpectedProblems(String name) throws IOException {
        Path dir = CHAINS.resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected-error.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        List<Problem> problems = e.problems();
        assertEquals(expected.size(), problems.size(), "problems reported:\n" + e.getMessage());
        for (int i = 0; i < expected.size(); i++) {
            List<String> parts = Arrays.stream(expected.get(i).split(" \\| ")).map(String::strip).toList();
            Problem p = problems.get(i);
            String formatted = p.format();
            assertEquals(parts.get(0), p.code(), formatted);
            for (String text : parts.subList(1, parts.size())) {
                assertTrue(formatted.contains(text), "expected '" + text + "' in:\n" + formatted);
            }
        }
    }
}
