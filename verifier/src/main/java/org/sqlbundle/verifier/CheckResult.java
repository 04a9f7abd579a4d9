package org.sqlbundle.verifier;

import java.util.List;
import org.sqlbundle.catalog.snapshot.Difference;

/**
 * One check's result: the outcome, a one-line detail (empty when it passed with nothing to say), the schema
 * differences that made it fail and notes (data losses, destructive reasons).
 */
public record CheckResult(Check check, Outcome outcome, String detail, List<Difference> differences,
                          List<String> notes) {

    public CheckResult {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    public static CheckResult passed(Check check) {
        return new CheckResult(check, Outcome.PASSED, "", List.of(), List.of());
    }

    public static CheckResult failed(Check check, String detail, List<Difference> differences) {
        return new CheckResult(check, Outcome.FAILED, detail, differences, List.of());
    }

    public static CheckResult notRun(Check check) {
        return new CheckResult(check, Outcome.NOT_RUN, "", List.of(), List.of());
    }

    /** PASSED when there are no differences, else FAILED with {@code detail}. */
    public static CheckResult fromDifferences(Check check, String detail, List<Difference> differences) {
        return differences.isEmpty() ? passed(check) : failed(check, detail, differences);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
