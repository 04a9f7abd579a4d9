package org.sqlbundle.verifier;

import java.util.List;
import org.sqlbundle.catalog.snapshot.Difference;

/**
 * One check's result: the outcome, a one-line detail (empty when it passed with nothing to say), the schema
 * differences that made it fail and notes (data losses, destructive reasons).
 *
 * @param check which check
 * @param outcome how it ended
 * @param detail one line on what went wrong; empty when there is nothing to say
 * @param differences the schema objects whose expected and actual definitions differ; immutable
 * @param notes data losses and the reasons a revision gave for them; immutable
 */
public record CheckResult(Check check, Outcome outcome, String detail, List<Difference> differences,
                          List<String> notes) {

    /** Copies the lists. */
    public CheckResult {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** A passed check with nothing to say. */
    public static CheckResult passed(Check check) {
        return new CheckResult(check, Outcome.PASSED, "", List.of(), List.of());
    }

    /**
     * A failed check: {@code detail} says what went wrong in one line, {@code differences} the schema objects that
     * differ (may be empty).
     */
    public static CheckResult failed(Check check, String detail, List<Difference> differences) {
        return new CheckResult(check, Outcome.FAILED, detail, differences, List.of());
    }

    /** A check not reached because an earlier one failed. */
    public static CheckResult notRun(Check check) {
        return new CheckResult(check, Outcome.NOT_RUN, "", List.of(), List.of());
    }

    /** PASSED when there are no differences, else FAILED with {@code detail}. */
    public static CheckResult fromDifferences(Check check, String detail, List<Difference> differences) {
        return differences.isEmpty() ? passed(check) : failed(check, detail, differences);
    }

    /** Whether the outcome is {@link Outcome#FAILED}; a {@link Outcome#REPORTED} data loss is not a failure here. */
    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
