package org.sqlbundle.verifier.internal.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.StepResult;
import org.sqlbundle.verifier.internal.data.DataLoss;
import org.sqlbundle.verifier.internal.data.DroppedEnumValues;
import org.sqlbundle.verifier.internal.data.SeededRows;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * One revision of the walk on the run's database: upgrade (schema = model, stamped), downgrade (schema = before,
 * stamped back), upgrade again (same as the first time), with seeded rows checked after each direction. Stops at the
 * revision's first failed check: the database is then in an unknown state, so later checks would only echo it.
 */
public final class StepWalk {

    private final Compiler compiler;
    private final Target target;
    private final Replayer replayer;
    private final Snapshots snapshots;
    private final DataChecks data;
    private final Connections connections;

    public StepWalk(Compiler compiler, Target target, Replayer replayer, Snapshots snapshots, DataChecks data,
             Connections connections) {
        this.connections = connections;
        this.compiler = compiler;
        this.target = target;
        this.replayer = replayer;
        this.snapshots = snapshots;
        this.data = data;
    }

    /** A step's result and, when it passed, the snapshot it leaves (after the second upgrade). */
    public record Walked(StepResult result, Snapshot after) {
    }

    /**
     * The checks a step runs, in order, all NOT_RUN: the shape of a step that was never reached. A revision its
     * features leave out runs them all too: its scripts only stamp, and a template or raw SQL that leaks a change
     * into them must still show.
     */
    public static Map<Check, CheckResult> planned(RevisionPlan plan, boolean withData) {
        Map<Check, CheckResult> checks = new LinkedHashMap<>();
        List<Check> all = new ArrayList<>(List.of(Check.UPGRADE_MATCHES_MODEL, Check.DOWNGRADE_RESTORES,
                Check.UPGRADE_AGAIN_SAME, Check.VERSION_STAMP));
        if (withData) {
            all.add(Check.DATA_ROUND_TRIP);
        }
        all.forEach(c -> checks.put(c, CheckResult.notRun(c)));
        return checks;
    }

    public static StepResult result(int number, RevisionPlan plan, Map<Check, CheckResult> checks) {
        Revision r = plan.revision();
        return new StepResult(number, plan.position(), r.id(), r.message(), plan.applied(),
                List.copyOf(checks.values()));
    }

    private List<org.sqlbundle.compiler.internal.ops.DropEnumValue> drops;

    /** Computed once per verify, on the first step that seeds. */
    private List<org.sqlbundle.compiler.internal.ops.DropEnumValue> droppedEnumValues() {
        if (drops == null) {
            drops = DroppedEnumValues.of(compiler.model(), compiler.chain().size());
        }
        return drops;
    }

    public Walked run(int number, int position, Snapshot before) {
        RevisionPlan plan = compiler.model().plan(position);
        Map<Check, CheckResult> checks = planned(plan, data.enabled());
        Snapshot after = walk(plan, before, checks);
        return new Walked(result(number, plan, checks), after);
    }

    private Snapshot walk(RevisionPlan plan, Snapshot before, Map<Check, CheckResult> checks) {
        int position = plan.position();
        Chain chain = compiler.chain();
        String up = compiler.script(target.dialect(), chain.range(position - 1, position));
        String down = compiler.script(target.dialect(), chain.range(position, position - 1));
        String id = plan.revision().id();
        Schema modelBefore = compiler.model().schemaAt(position - 1);
        Schema modelAfter = compiler.model().schemaAt(position);
        List<String> unpruned = data.prune(connections.of(target), target, modelBefore, modelAfter);
        Optional<Set<String>> scope = DataScope.of(plan, compiler.options().templatesDir().isPresent());
        SeededRows earlier = data.earlierRows(connections.of(target), modelBefore, scope);
        SeededRows rows = data.enabled() ? data.seed(connections.of(target), target,
                DroppedEnumValues.seedable(modelBefore, droppedEnumValues()), modelAfter, scope) : null;

        if (!replay(checks, Check.UPGRADE_MATCHES_MODEL, "upgrade-" + id + ".sql", up)) {
            // a seeded row the verifier could not take away may be what the database refused: say so
            CheckResult refused = checks.get(Check.UPGRADE_MATCHES_MODEL);
            checks.put(Check.UPGRADE_MATCHES_MODEL, new CheckResult(refused.check(), refused.outcome(), refused.detail(),
                    refused.differences(), unpruned));
            return null;
        }
        Snapshot afterUp = snapshots.read(target);
        CheckResult model = CheckResult.fromDifferences(Check.UPGRADE_MATCHES_MODEL,
                "after the upgrade the schema is not the compiler's model at " + id,
                snapshots.againstModel(afterUp, position, target.dialect()));
        if (!record(checks, model) || !stamped(checks, afterUp, position, "the upgrade")) {
            return null;
        }
        List<DataLoss> lostByUpgrade = new ArrayList<>(data.check(connections.of(target), rows, plan.upgrade(),
                modelAfter));
        lostByUpgrade.addAll(data.check(connections.of(target), earlier, plan.upgrade(), modelAfter));
        Map<String, Set<String>> widened = DataChecks.widened(plan, compiler.model().schemaAt(position - 1),
                compiler.model().schemaAt(position));
        SeededRows wide = data.seedWide(connections.of(target), target, modelAfter, modelBefore, widened);

        if (!replay(checks, Check.DOWNGRADE_RESTORES, "downgrade-" + id + ".sql", down)) {
            return null;
        }
        Snapshot afterDown = snapshots.read(target);
        CheckResult restores = CheckResult.fromDifferences(Check.DOWNGRADE_RESTORES,
                "after the downgrade the schema differs from the one before " + id,
                snapshots.between(before, afterDown, position - 1, position, target.dialect()));
        if (!record(checks, restores) || !stamped(checks, afterDown, position - 1, "the downgrade")) {
            return null;
        }
        List<PlannedOp> both = new ArrayList<>(plan.upgrade());
        both.addAll(plan.downgrade());
        List<DataLoss> lostByDowngrade = new ArrayList<>(data.check(connections.of(target), rows, both, modelBefore));
        lostByDowngrade.addAll(data.check(connections.of(target), earlier, both, modelBefore));
        lostByDowngrade.addAll(data.checkWide(connections.of(target), wide, plan.downgrade(),
                compiler.model().schemaAt(position - 1), widened));
        if (data.enabled() && !record(checks, data.judge(plan, rows.skipped(), lostByUpgrade, lostByDowngrade))) {
            return null;
        }

        if (!replay(checks, Check.UPGRADE_AGAIN_SAME, "upgrade-again-" + id + ".sql", up)) {
            return null;
        }
        Snapshot again = snapshots.read(target);
        CheckResult same = CheckResult.fromDifferences(Check.UPGRADE_AGAIN_SAME,
                "upgrading again after the downgrade gives a different schema than the first upgrade",
                snapshots.between(afterUp, again, position, position, target.dialect()));
        if (!record(checks, same) || !stamped(checks, again, position, "the second upgrade")) {
            return null;
        }
        data.advance(plan.upgrade(), modelBefore, modelAfter);
        checks.put(Check.VERSION_STAMP, plan.applied() ? CheckResult.passed(Check.VERSION_STAMP)
                : new CheckResult(Check.VERSION_STAMP, Outcome.PASSED, "", List.of(),
                        List.of("skipped by features: only the stamp runs, and the schema is still compared")));
        return again;
    }

    private boolean replay(Map<Check, CheckResult> checks, Check check, String name, String script) {
        try {
            replayer.run(target, name, script);
            return true;
        } catch (ReplayFailure failure) {
            checks.put(check, CheckResult.failed(check, "the database refused the script: " + failure.getMessage(),
                    List.of()));
            return false;
        }
    }

    private boolean stamped(Map<Check, CheckResult> checks, Snapshot snapshot, int position, String after) {
        List<String> expected = snapshots.expectedVersions(position);
        List<String> actual = Snapshots.versions(snapshot);
        if (expected.equals(actual)) {
            return true;
        }
        checks.put(Check.VERSION_STAMP, CheckResult.failed(Check.VERSION_STAMP, "after " + after
                + " the version table holds " + Snapshots.describeVersions(actual) + ", expected "
                + Snapshots.describeVersions(expected), List.of()));
        return false;
    }

    private static boolean record(Map<Check, CheckResult> checks, CheckResult result) {
        checks.put(result.check(), result);
        return !result.failed();
    }
}
