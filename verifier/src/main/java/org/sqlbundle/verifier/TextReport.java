package org.sqlbundle.verifier;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;

/**
 * The human report: a header, one line per step with the checks that passed, the whole-range checks, a summary,
 * and for the first failure its revision, check, detail and snapshot diff. Deterministic but for the duration.
 */
public final class TextReport {

    private TextReport() {
    }

    /** The report as text, lines ending in {@code \n}, for printing; pure (no I/O). */
    public static String render(VerificationResult r) {
        StringBuilder out = new StringBuilder();
        out.append("verify ").append(r.chain()).append(" on ").append(r.target()).append(" (").append(r.dialect())
                .append("), range ").append(r.range())
                .append(r.shard().whole() ? "" : ", shard " + r.shard() + " (steps " + firstNumber(r) + "-"
                        + lastNumber(r) + ")")
                .append(", replay ").append(r.mode().name().toLowerCase(Locale.ROOT))
                .append(", features ").append(r.features().isEmpty() ? "none" : String.join(",", r.features()))
                .append(", data round trip ").append(r.data() ? (r.strict() ? "on (strict)" : "on") : "off")
                .append('\n');
        int total = r.rangeSize(); // steps are numbered in the whole range, also in a shard
        for (StepResult step : r.steps()) {
            out.append(String.format(Locale.ROOT, "  %-7s %" + width(total) + "d/%d %s  %s%n", status(step),
                    step.number(), total, step.revision(), stepDetail(step)));
        }
        for (CheckResult check : r.bundleChecks()) {
            out.append(String.format(Locale.ROOT, "  %-7s whole range  %s%n", label(check.outcome()),
                    check.check().label()));
        }
        long ran = r.steps().stream().filter(StepResult::ran).count();
        long failedSteps = r.steps().stream().filter(StepResult::failed).count();
        out.append(String.format(Locale.ROOT, "%s: %d of %d steps run, %d failed; checks: %d passed, %d failed, "
                        + "%d data losses reported, %d not run; %.1f s%n", r.passed() ? "SYMMETRIC" : "FAILED", ran,
                r.steps().size(), failedSteps, r.count(Outcome.PASSED), r.count(Outcome.FAILED), r.count(Outcome.REPORTED),
                r.count(Outcome.NOT_RUN), r.durationMillis() / 1000.0));
        r.firstFailure().ifPresent(f -> {
            out.append("first failure: ").append(f.step().map(s -> "revision " + s.revision() + " (step " + s.number()
                    + " of " + total + ", " + s.message() + ")").orElse("whole-range bundles")).append(", check ")
                    .append(f.check().check().label()).append('\n');
            out.append("  ").append(f.check().detail().replace("\n", "\n  ")).append('\n');
            f.check().notes().forEach(n -> out.append("  ").append(n).append('\n'));
            if (!f.check().differences().isEmpty()) {
                out.append("  ").append(SnapshotDiff.format(f.check().differences()).replace("\n", "\n  "))
                        .append('\n');
            }
        });
        return out.toString();
    }

    private static String stepDetail(StepResult step) {
        List<CheckResult> ran = step.checks().stream().filter(c -> c.outcome() != Outcome.NOT_RUN).toList();
        if (ran.isEmpty()) {
            return "not run";
        }
        String checks = ran.stream().map(c -> c.outcome() == Outcome.PASSED ? c.check().label()
                : c.check().label() + " " + label(c.outcome())).collect(Collectors.joining(", "));
        String notes = step.checks().stream().flatMap(c -> c.notes().stream()).collect(Collectors.joining("; "));
        return checks + (notes.isEmpty() ? "" : " [" + notes + "]");
    }

    private static String status(StepResult step) {
        if (step.failed()) {
            return "FAIL";
        }
        if (!step.ran()) {
            return "-";
        }
        return step.checks().stream().anyMatch(c -> c.outcome() == Outcome.REPORTED) ? "LOSS" : "ok";
    }

    private static String label(Outcome outcome) {
        switch (outcome) {
            case PASSED:
                return "ok";
            case FAILED:
                return "FAIL";
            case REPORTED:
                return "LOSS";
            default:
                return "-";
        }
    }

    private static int firstNumber(VerificationResult r) {
        return r.steps().isEmpty() ? 0 : r.steps().get(0).number();
    }

    private static int lastNumber(VerificationResult r) {
        return r.steps().isEmpty() ? 0 : r.steps().get(r.steps().size() - 1).number();
    }

    private static int width(int total) {
        return String.valueOf(total).length();
    }
}
