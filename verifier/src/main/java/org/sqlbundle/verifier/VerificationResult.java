package org.sqlbundle.verifier;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlbundle.verifier.internal.verify.Shard;

/**
 * Everything a verify run found, for the reports: what was verified (chain, dialect, target label, range, replay
 * mode, features), one {@link StepResult} per revision of the range, the whole-range bundle checks, and the run's
 * wall-clock duration (the only non-deterministic field). A shard's result holds its slice's steps, numbered in
 * the whole range of {@code rangeSize} revisions, and the whole-range checks only in the last shard, so the
 * shards' reports add up to the unsharded one.
 *
 * @param chain the chain's name
 * @param dialect the target's dialect CLI name
 * @param target the target as reports show it, without URL parameters (they may hold a password)
 * @param range the range verified, {@code from:to} in revision ids or {@code base}
 * @param mode how the scripts were replayed
 * @param data whether rows were seeded and checked
 * @param strict whether declared data loss failed the run
 * @param features the enabled features; immutable
 * @param steps one result per revision of the range (of the shard's slice), in run order; immutable
 * @param bundleChecks the whole-range checks; immutable
 * @param durationMillis the run's wall-clock time in milliseconds
 * @param rangeSize the number of revisions in the whole range
 * @param shard the slice of the range this run verified (its type is internal)
 */
public record VerificationResult(String chain, String dialect, String target, String range, ReplayMode mode,
                                 boolean data, boolean strict, List<String> features, List<StepResult> steps,
                                 List<CheckResult> bundleChecks, long durationMillis, int rangeSize, Shard shard) {

    public VerificationResult {
        features = List.copyOf(features);
        steps = List.copyOf(steps);
        bundleChecks = List.copyOf(bundleChecks);
    }

    /** An unsharded run: its steps are the whole range. */
    public VerificationResult(String chain, String dialect, String target, String range, ReplayMode mode,
                              boolean data, boolean strict, List<String> features, List<StepResult> steps,
                              List<CheckResult> bundleChecks, long durationMillis) {
        this(chain, dialect, target, range, mode, data, strict, features, steps, bundleChecks, durationMillis,
                steps.size(), Shard.WHOLE);
    }

    /**
     * Whether no check failed, in any step or the whole-range phase; a {@link Outcome#REPORTED} data loss counts as
     * passing here (strict runs record it as failed).
     */
    public boolean passed() {
        return allChecks().noneMatch(CheckResult::failed);
    }

    /** The first failed check in run order, with its step when it belongs to one. */
    public Optional<Failure> firstFailure() {
        for (StepResult step : steps) {
            Optional<CheckResult> failed = step.firstFailure();
            if (failed.isPresent()) {
                return Optional.of(new Failure(Optional.of(step), failed.get()));
            }
        }
        return bundleChecks.stream().filter(CheckResult::failed).findFirst()
                .map(c -> new Failure(Optional.empty(), c));
    }

    /** How many checks, over all steps and the whole-range phase, ended with this outcome. */
    public long count(Outcome outcome) {
        return allChecks().filter(c -> c.outcome() == outcome).count();
    }

    private Stream<CheckResult> allChecks() {
        return Stream.concat(steps.stream().flatMap(s -> s.checks().stream()), bundleChecks.stream());
    }

    /**
     * A failed check and the step it failed in (empty for the whole-range checks).
     *
     * @param step the step the check failed in; empty for a whole-range check
     * @param check the failed check's result
     */
    public record Failure(Optional<StepResult> step, CheckResult check) {
    }
}
