package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * No false alarm on the clean chains with the data round trip on (issue 12): a generated bench chain of 50
 * revisions (bench/GenerateChain.java, seed 1: tables, keys, checks, enums, renames, drops, seed rows, raw SQL
 * fixes) on each embedded target; examples/lbaas is {@link ExampleChainVerifyTest}. {@code TrustedVerifierContainerIT}
 * runs both on postgres:15 and mariadb:10.11.
 */
class CleanChainsTest {

    static final int BENCH_REVISIONS = 50;

    static void assertClean(VerificationResult r, int revisions) {
        assertTrue(r.passed(), TextReport.render(r));
        assertEquals(revisions, r.steps().size());
        assertEquals(0, r.count(Outcome.NOT_RUN), TextReport.render(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void generatedBenchChainWithData(String target, @TempDir Path tmp) throws Exception {
        Path chain = VerifyRuns.benchChain(tmp, BENCH_REVISIONS);
        assertClean(VerifyRuns.verify(chain, List.of(), VerifyOptions.builder(target).data(true).build()),
                BENCH_REVISIONS);
    }
}
