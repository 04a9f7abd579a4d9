package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.internal.data.DataLoss;

/** How data loss is judged: undeclared loss fails, declared loss is reported, and fails only when strict. */
class DataChecksTest {

    private static final Compiler CHAIN = VerifyRuns.load(VerifyRuns.brokenChain("readded-column-type")
            .resolve("revisions"), List.of());
    /** create_table: a non-destructive upgrade (its derived downgrade, drop_table, is destructive). */
    private static final RevisionPlan PLAIN = CHAIN.model().plan(0);
    /** drop_constraint / add_foreign_key: destructive in neither direction. */
    private static final RevisionPlan NEUTRAL = VerifyRuns.load(VerifyRuns.brokenChain("fk-without-cascade")
            .resolve("revisions"), List.of()).model().plan(2);
    /** drop_column: destructive upgrade. */
    private static final RevisionPlan DESTRUCTIVE = CHAIN.model().plan(1);
    private static final DataLoss LOSS = new DataLoss("pools", Optional.of("description"), "2 values gone");

    private static DataChecks checks(boolean strict) {
        return DataChecks.of(Dialect.SQLITE, true, strict);
    }

    @Test
    void noLossPasses() {
        assertEquals(Outcome.PASSED, checks(true).judge(PLAIN, Map.of(), List.of(), List.of()).outcome());
    }

    @Test
    void lossInARevisionThatDeclaresNothingFails() {
        assertTrue(DESTRUCTIVE.destructiveReasons(true).size() > 0 && PLAIN.destructiveReasons(true).isEmpty());
        CheckResult up = checks(false).judge(PLAIN, Map.of(), List.of(LOSS), List.of());
        assertEquals(Outcome.FAILED, up.outcome());
        assertEquals(List.of("lost by the upgrade: " + LOSS.format()), up.notes());
        assertTrue(NEUTRAL.destructiveReasons(true).isEmpty() && NEUTRAL.destructiveReasons(false).isEmpty());
        assertEquals(Outcome.FAILED, checks(false).judge(NEUTRAL, Map.of(), List.of(), List.of(LOSS)).outcome());
        assertEquals(Outcome.REPORTED, checks(false).judge(PLAIN, Map.of(), List.of(), List.of(LOSS)).outcome(),
                "loss after a destructive downgrade is declared");
    }

    @Test
    void declaredLossIsReportedAndFailsOnlyWhenStrict() {
        CheckResult reported = checks(false).judge(DESTRUCTIVE, Map.of(), List.of(LOSS), List.of(LOSS));
        assertEquals(Outcome.REPORTED, reported.outcome());
        assertTrue(reported.notes().get(2).startsWith("declared destructive: "), reported.notes().toString());
        assertEquals(Outcome.FAILED, checks(true).judge(DESTRUCTIVE, Map.of(), List.of(LOSS), List.of()).outcome());
    }

    @Test
    void tablesThatCouldNotBeSeededAreNamedEvenWhenNothingIsLost() {
        CheckResult passed = checks(false).judge(PLAIN, Map.of("ledger", "check ck_balance refused every row"),
                List.of(), List.of());
        assertEquals(Outcome.PASSED, passed.outcome());
        assertEquals(List.of("not seeded: table ledger: check ck_balance refused every row"), passed.notes());
    }
}
