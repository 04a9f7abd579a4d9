package org.sqlbundle.verifier.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.report.TextReport;

/** The example chain verifies clean on the embedded databases, with and without its feature, JDBC and clients. */
class ExampleChainVerifyTest {

    private static void assertClean(VerificationResult r, int revisions) {
        assertTrue(r.passed(), TextReport.render(r));
        assertEquals(revisions, r.steps().size());
        assertTrue(r.steps().stream().allMatch(StepResult::ran), "every step ran");
        assertEquals(0, r.count(Outcome.NOT_RUN), "every check ran");
        assertEquals(3, r.bundleChecks().stream().filter(c -> c.outcome() == Outcome.PASSED).count(),
                "whole-range upgrade, guard, downgrade");
    }

    @Test
    void sqliteJdbcWithAndWithoutTheFeature() {
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"), VerifyOptions.builder("sqlite").build()), 18);
        VerificationResult without = VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of(),
                VerifyOptions.builder("sqlite").build());
        assertClean(without, 18);
        assertTrue(without.steps().stream().anyMatch(s -> !s.applied()), "lbaas revisions are skipped, still stamped");
    }

    @Test
    void sqliteThroughTheSqlite3Client() {
        requireClient("/usr/bin/sqlite3");
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"),
                VerifyOptions.builder("sqlite").mode(ReplayMode.CLIENT).build()), 18);
    }

    @Test
    void h2WithAndWithoutTheFeature() {
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"), VerifyOptions.builder("h2").build()), 18);
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of(), VerifyOptions.builder("h2").build()), 18);
    }

    @Test
    void embeddedPostgresqlThroughJdbcAndPsql() {
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"),
                VerifyOptions.builder("embedded-postgresql").build()), 18);
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of(),
                VerifyOptions.builder("embedded-postgresql").build()), 18);
        requireClient("/usr/bin/psql");
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"),
                VerifyOptions.builder("embedded-postgresql").mode(ReplayMode.CLIENT).build()), 18);
    }

    /** A DBA's client; .ci/run installs it, so on CI its absence is a failure, not a skip. */
    static void requireClient(String path) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(Files.isExecutable(Path.of(path)), path + " is missing on CI");
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of(path)), path + " is not installed; skipped");
    }
}
