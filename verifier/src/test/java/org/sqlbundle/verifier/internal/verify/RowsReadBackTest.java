package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * Which rows the data round trip reads back (docs/verifier.md, "Which rows are read back"): a modelled step reads
 * only the rows it seeded, in the tables it can write, so its cost doesn't grow with the steps before it; a step the
 * model can't scope (raw SQL) also compares the rows earlier steps left, so a downgrade that damages only those, in
 * the table it names and in one its delete cascades to, is caught (src/test/resources/rows-read-back).
 */
class RowsReadBackTest {

    private static final Path DIR = VerifyRuns.ROOT.resolve("verifier/src/test/resources/rows-read-back");

    @Test
    void aModelledStepReadsOnlyItsOwnRowsAndNoUnrelatedTable() {
        CountingTarget counting = new CountingTarget(Targets.open("sqlite", TargetOptions.defaults()));
        VerificationResult r;
        try (counting) {
            r = new Verifier(VerifyRuns.load(DIR.resolve("counted/revisions"), List.of()))
                    .verify(counting, VerifyOptions.builder("sqlite").data(true).build(), ProgressListener.NONE);
        }
        FalseAlarmsTest.assertClean(r);
        // u is seeded and read back (after the upgrade and after the downgrade) only by the step that changes it
        assertEquals(2, reads(counting, "u").size(), TextReport.render(r));
        // t: four steps, each reads back its own two rows twice, not the rows the steps before it left (2+4+6+8 twice)
        List<CountingTarget.Query> t = reads(counting, "t");
        assertEquals(8, t.size());
        assertEquals(16, t.stream().mapToInt(q -> q.rows).sum(), t.stream().map(q -> q.rows + ": " + q.sql).toList()
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void rawSqlThatDamagesOnlyEarlierRowsIsCaught(String target) {
        assertEarlierRowsCaught(VerifyRuns.verify(EARLIER_ROWS_DELETED, List.of(),
                VerifyOptions.builder(target).data(true).build()), !target.equals("sqlite"));
    }

    static final Path EARLIER_ROWS_DELETED = DIR.resolve("earlier-rows-deleted/revisions");

    /** {@code cascades}: the database enforces the foreign key (SQLite runs bundles with foreign keys off). */
    static void assertEarlierRowsCaught(VerificationResult r, boolean cascades) {
        String report = TextReport.render(r);
        assertFalse(r.passed(), report);
        VerificationResult.Failure failure = r.firstFailure().orElseThrow();
        assertEquals("ed0000000003", failure.step().orElseThrow().revision(), report);
        assertEquals(Check.DATA_ROUND_TRIP, failure.check().check(), report);
        List<String> notes = failure.check().notes();
        assertTrue(notes.contains(
                "lost after the downgrade: table pools (rows of earlier steps): 2 of 2 seeded rows missing, e.g. [id] = [s1'id]"),
                report);
        if (cascades) {
            // ON DELETE CASCADE took their members (one of the two: the other member row's pool_id is NULL)
            assertTrue(notes.stream().anyMatch(n -> n.startsWith("lost after the downgrade: table members (rows of"
                    + " earlier steps): 1 of 2 seeded rows missing")), report);
        }
        // the rows the step seeded itself are not on the default region, so they are not what failed
        assertTrue(notes.stream().noneMatch(n -> n.startsWith("lost after the downgrade: table pools:")), report);
    }

    /**
     * A table created two revisions before, holding rows the step before seeded: a downgrade that drops and re-adds
     * its column keeps the schema but not the values; the rows the step seeds there show it (a drop is destructive
     * by nature, so the loss is reported, and fails under --strict).
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void aModelledDowngradeThatDamagesAnOlderTableIsCaught(String target) {
        VerificationResult r = VerifyRuns.verify(DIR.resolve("named-table-damaged/revisions"), List.of(),
                VerifyOptions.builder(target).data(true).strict(true).build());
        String report = TextReport.render(r);
        assertFalse(r.passed(), report);
        VerificationResult.Failure failure = r.firstFailure().orElseThrow();
        assertEquals("cccc00000003", failure.step().orElseThrow().revision(), report);
        assertEquals(Check.DATA_ROUND_TRIP, failure.check().check(), report);
        assertTrue(failure.check().notes().stream().anyMatch(n -> n.startsWith(
                "lost after the downgrade: table pools / column note: 1 value changed")), report);
    }

    /** The data round trip's reads of {@code table} (a select of its rows, as LossCheck writes it). */
    private static List<CountingTarget.Query> reads(CountingTarget counting, String table) {
        Pattern from = Pattern.compile("^select .* from [\"`]?" + table + "[\"`]?( where .*)?$", Pattern.DOTALL);
        return counting.queries().stream().filter(q -> from.matcher(q.sql).matches()).toList();
    }
}
