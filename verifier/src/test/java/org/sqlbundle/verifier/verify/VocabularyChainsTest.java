package org.sqlbundle.verifier.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.verifier.report.TextReport;

/**
 * The op vocabulary Alembic chains need (issue 14), each in a chain under src/test/resources/vocab-chains/ that must
 * verify SYMMETRIC, data round trip on, on every embedded target and with each feature set it names
 * ({@code VocabularyChainsContainerIT}: postgres:15 and mariadb:10.11).
 */
class VocabularyChainsTest {

    /** chain name, then the feature sets to verify it with ("" = none). */
    static final List<List<String>> CHAINS = List.of(
            List.of("op-when", "", "lbaas", "fwaas", "lbaas,vpnaas"),
            List.of("primary-keys", ""),
            List.of("dialect-names", ""),
            List.of("enum-values", ""));

    static Path chain(String name) {
        return VerifyRuns.ROOT.resolve("verifier/src/test/resources/vocab-chains").resolve(name).resolve("revisions");
    }

    static List<Arguments> cases(List<String> targets) {
        List<Arguments> out = new ArrayList<>();
        for (List<String> c : CHAINS) {
            for (String features : c.subList(1, c.size())) {
                targets.forEach(t -> out.add(Arguments.of(c.get(0), features, t)));
            }
        }
        return out;
    }

    static List<Arguments> embedded() {
        return cases(List.of("sqlite", "h2", "embedded-postgresql"));
    }

    static List<String> features(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }

    static void assertSymmetric(VerificationResult r) {
        String report = TextReport.render(r);
        assertTrue(r.passed(), report);
        assertEquals(0, r.count(Outcome.NOT_RUN), report);
        assertTrue(report.contains("SYMMETRIC"), report);
    }

    @ParameterizedTest(name = "{0} with [{1}] on {2}")
    @MethodSource("embedded")
    void verifiesSymmetric(String chain, String features, String target) {
        assertSymmetric(VerifyRuns.verify(chain(chain), features(features),
                VerifyOptions.builder(target).data(true).build()));
    }

    /** drop_enum_value while a row the chain wrote holds the value: the bundle's guard refuses before any change. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void dropOfAnEnumValueInUseIsRefused(String target) {
        VerificationResult r = VerifyRuns.verify(chain("enum-value-in-use"), List.of(),
                VerifyOptions.builder(target).data(true).build());
        String report = TextReport.render(r);
        assertTrue(!r.passed(), report);
        assertTrue(report.contains("0002_drop_value") && report.contains("rows of alarms.level hold the value"), report);
    }
}
