package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * Rows the verifier seeds stay for the later steps, so constraints a later revision adds must not fail on them
 * (issue 12 "False alarms", issue 14's netcore chain at 1c4e6a8b0d57 and 4d7f9b1c3e2a): {@code constraints-added-later}
 * adds a check, NOT NULL, a foreign key to a table with rows and one to a table it creates, and a unique, each after
 * the verifier seeded the table, and must verify clean with data on. Rows the chain wrote, and values the database
 * put there, still make such a step fail: {@code insert-breaks-later-check}, {@code not-null-without-backfill}.
 */
class ConstraintsAddedLaterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void rightChainVerifiesCleanWithData(String target) {
        VerificationResult r = VerifyRuns.verify(FalseAlarmsTest.chain("constraints-added-later"), List.of(),
                VerifyOptions.builder(target).data(true).build());
        FalseAlarmsTest.assertClean(r);
        // the step's own rows were made to pass what it adds, so they are still checked, not removed
        assertTrue(r.steps().stream().flatMap(s -> s.checks().stream()).filter(c -> c.check() == Check.DATA_ROUND_TRIP)
                .allMatch(c -> c.outcome() == Outcome.PASSED), TextReport.render(r));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "insert-breaks-later-check, sqlite, ib0000000003, ck_pools_status",
        "insert-breaks-later-check, h2, ib0000000003, ck_pools_status",
        "insert-breaks-later-check, embedded-postgresql, ib0000000003, ck_pools_status",
        "not-null-without-backfill, sqlite, nb0000000003, zone",
        "not-null-without-backfill, h2, nb0000000003, zone",
        "not-null-without-backfill, embedded-postgresql, nb0000000003, zone"})
    void rowsTheVerifierDidNotWriteStillFail(String chain, String target, String revision, String named) {
        VerificationResult r = VerifyRuns.verify(VerifyRuns.brokenChain(chain).resolve("revisions"), List.of(),
                VerifyOptions.builder(target).data(true).build());
        String report = TextReport.render(r);
        assertFalse(r.passed(), report);
        VerificationResult.Failure failure = r.firstFailure().orElseThrow();
        assertEquals(revision, failure.step().orElseThrow().revision(), report);
        assertEquals(Check.UPGRADE_MATCHES_MODEL, failure.check().check(), report);
        assertTrue(failure.check().detail().contains("refused the script") && failure.check().detail().contains(named),
                report);
    }
}
