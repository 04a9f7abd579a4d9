package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.testing.RequiredClient;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.ReplayMode;
import org.sqlbundle.verifier.StepResult;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.VerifyOptions;

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
        RequiredClient.require("/usr/bin/sqlite3", "sqlite3");
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
        RequiredClient.require("/usr/bin/psql", "postgresql-client");
        assertClean(VerifyRuns.verify(VerifyRuns.EXAMPLE, List.of("lbaas"),
                VerifyOptions.builder("embedded-postgresql").mode(ReplayMode.CLIENT).build()), 18);
    }
}
