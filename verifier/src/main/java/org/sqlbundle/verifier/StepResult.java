package org.sqlbundle.verifier;

import java.util.List;
import java.util.Optional;

/**
 * One revision of the walk: its 1-based number in the range, chain position, id and message, whether its features
 * made it run ({@code applied}; a skipped revision is only stamped) and every check, NOT_RUN for those not reached.
 *
 * @param number the step's 1-based number in the whole range, also in a shard
 * @param position the revision's position in the chain (0 is the first revision)
 * @param revision the revision's id
 * @param message the revision's message
 * @param applied false when the revision was skipped for its features and only stamped
 * @param checks every check of the step, in run order; immutable
 */
public record StepResult(int number, int position, String revision, String message, boolean applied,
                         List<CheckResult> checks) {

    public StepResult {
        checks = List.copyOf(checks);
    }

    /** Whether any of the step's checks failed. */
    public boolean failed() {
        return checks.stream().anyMatch(CheckResult::failed);
    }

    /** Whether any check of the step ran (false when an earlier step's failure stopped the walk). */
    public boolean ran() {
        return checks.stream().anyMatch(c -> c.outcome() != Outcome.NOT_RUN);
    }

    /** The step's first failed check in run order, or empty. */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(CheckResult::failed).findFirst();
    }
}
