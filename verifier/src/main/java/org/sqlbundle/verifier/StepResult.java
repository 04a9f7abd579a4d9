package org.sqlbundle.verifier;

import java.util.List;
import java.util.Optional;

/**
 * One revision of the walk: its 1-based number in the range, chain position, id and message, whether its features
 * made it run ({@code applied}; a skipped revision is only stamped) and every check, NOT_RUN for those not reached.
 */
public record StepResult(int number, int position, String revision, String message, boolean applied,
                         List<CheckResult> checks) {

    public StepResult {
        checks = List.copyOf(checks);
    }

    public boolean failed() {
        return checks.stream().anyMatch(CheckResult::failed);
    }

    public boolean ran() {
        return checks.stream().anyMatch(c -> c.outcome() != Outcome.NOT_RUN);
    }

    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(CheckResult::failed).findFirst();
    }
}
