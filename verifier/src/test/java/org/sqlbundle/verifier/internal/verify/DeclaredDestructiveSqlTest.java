package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * An orphan-row cleanup before add_foreign_key loses rows on purpose: declared with {@code destructive: "why"} on the
 * sql (or delete) op, the data round trip reports the loss as declared, and fails it only under --strict; without the
 * declaration the same chain fails (issue 12, false alarm 5).
 */
class DeclaredDestructiveSqlTest {

    @TempDir
    Path dir;

    private void chain(String declaration) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), """
                id: a1
                parent: null
                message: notes
                upgrade:
                  - create_table: {name: notes, columns: [{name: id, type: integer, primary_key: true}, {name: body, type: string(20)}]}
                """);
        Files.writeString(dir.resolve("2.yaml"), String.format(java.util.Locale.ROOT, """
                id: b2
                parent: a1
                message: clean up notes, then index them
                upgrade:
                  - sql: {sql: "DELETE FROM notes WHERE id IS NOT NULL"%s}
                  - create_index: {name: ix_notes_body, table: notes, columns: [body]}
                downgrade:
                  - drop_index: {name: ix_notes_body}
                """, declaration));
    }

    private VerificationResult verify(boolean strict) {
        return VerifyRuns.verify(dir, List.of(), VerifyOptions.builder("sqlite").strict(strict).build());
    }

    private static CheckResult dataCheck(VerificationResult r) {
        return r.steps().get(1).checks().stream().filter(c -> c.check() == Check.DATA_ROUND_TRIP).findFirst()
                .orElseThrow();
    }

    @Test
    void declaredLossIsReportedAndFailsOnlyWhenStrict() throws IOException {
        chain(", destructive: \"removes notes of deleted tenants\"");
        VerificationResult lenient = verify(false);
        assertTrue(lenient.passed(), TextReport.render(lenient));
        CheckResult data = dataCheck(lenient);
        assertEquals(Outcome.REPORTED, data.outcome(), TextReport.render(lenient));
        assertTrue(data.notes().contains("declared destructive: declared destructive: removes notes of deleted tenants"),
                data.notes().toString());
        VerificationResult strict = verify(true);
        assertEquals(Outcome.FAILED, dataCheck(strict).outcome(), TextReport.render(strict));
    }

    @Test
    void undeclaredLossFails() throws IOException {
        chain("");
        VerificationResult r = verify(false);
        assertEquals(Outcome.FAILED, dataCheck(r).outcome(), TextReport.render(r));
    }
}
