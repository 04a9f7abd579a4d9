package org.sqlbundle.verifier.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.render.History;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The bundles a DBA actually runs, on a fresh database of the same server: the whole-range upgrade must reach the
 * walk's final schema and version, a second run of it must be refused by the start-version guard without changing
 * anything, and the whole-range downgrade must return to the start.
 */
public final class BundlePhase {

    /** What every dialect's guard says when it stops a bundle (its statement and its error both hold it). */
    static final String GUARD_MESSAGE = "sqlbundle guard: database is not at";

    private final Compiler compiler;
    private final Replayer replayer;
    private final Snapshots snapshots;

    public BundlePhase(Compiler compiler, Replayer replayer, Snapshots snapshots) {
        this.compiler = compiler;
        this.replayer = replayer;
        this.snapshots = snapshots;
    }

    public static List<CheckResult> notRun(boolean shipped) {
        List<CheckResult> checks = new ArrayList<>();
        if (shipped) {
            checks.add(CheckResult.notRun(Check.SHIPPED_BUNDLES_MATCH));
        }
        checks.add(CheckResult.notRun(Check.BUNDLE_UPGRADE_MATCHES_WALK));
        checks.add(CheckResult.notRun(Check.GUARD_REFUSES_WRONG_VERSION));
        checks.add(CheckResult.notRun(Check.BUNDLE_DOWNGRADE_RESTORES));
        return List.copyOf(checks);
    }

    /** {@code shipped}: bundle files to check against the compiler's and then to replay instead of its text. */
    public List<CheckResult> run(Target fresh, Range range, Snapshot walkFinal, Optional<ShippedBundles> shipped) {
        Chain chain = compiler.chain();
        String up = compiler.script(fresh.dialect(), range);
        String down = compiler.script(fresh.dialect(), chain.range(range.to(), range.from()));
        if (shipped.isPresent()) {
            CheckResult same = shipped.get().compare(up, down);
            List<CheckResult> results = new ArrayList<>(notRun(true));
            results.set(0, same);
            if (same.failed()) {
                return results;
            }
            up = shipped.get().upgrade();
            down = shipped.get().downgrade();
            List<CheckResult> rest = run(fresh, range, walkFinal, up, down);
            results.subList(1, results.size()).clear();
            results.addAll(rest);
            return results;
        }
        return run(fresh, range, walkFinal, up, down);
    }

    private List<CheckResult> run(Target fresh, Range range, Snapshot walkFinal, String up, String down) {
        Chain chain = compiler.chain();
        if (range.from() != Chain.BASE) {
            replayer.run(fresh, "setup-bundle.sql", compiler.script(fresh.dialect(), chain.range(Chain.BASE, range.from())));
        }
        Snapshot start = snapshots.read(fresh);
        List<CheckResult> results = new ArrayList<>(notRun(false));

        CheckResult upgrade = replayed(Check.BUNDLE_UPGRADE_MATCHES_WALK, fresh, "upgrade.sql", up);
        Snapshot end = null;
        if (!upgrade.failed()) {
            end = snapshots.read(fresh);
            List<Difference> diffs = new ArrayList<>(snapshots.between(walkFinal, end, range.to(), range.to(),
                    fresh.dialect()));
            versions(Snapshots.versions(walkFinal), end, diffs);
            upgrade = CheckResult.fromDifferences(Check.BUNDLE_UPGRADE_MATCHES_WALK,
                    "the whole-range upgrade bundle on a fresh database differs from the revision-by-revision walk",
                    diffs);
        }
        results.set(0, upgrade);
        if (upgrade.failed()) {
            return results;
        }

        CheckResult guard = guard(fresh, up, end, range);
        results.set(1, guard);
        if (guard.failed()) {
            return results;
        }

        CheckResult downgrade = replayed(Check.BUNDLE_DOWNGRADE_RESTORES, fresh, "downgrade.sql", down);
        if (!downgrade.failed()) {
            Snapshot back = snapshots.read(fresh);
            List<Difference> diffs = new ArrayList<>(snapshots.between(start, back, range.from(), range.to(),
                    fresh.dialect()));
            versions(snapshots.expectedVersions(range.from()), back, diffs);
            downgrade = CheckResult.fromDifferences(Check.BUNDLE_DOWNGRADE_RESTORES,
                    "the whole-range downgrade bundle does not return to the start", diffs);
        }
        results.set(2, downgrade);
        return results;
    }

    private static void versions(List<String> expected, Snapshot actual, List<Difference> diffs) {
        if (!expected.equals(Snapshots.versions(actual))) {
            diffs.add(new Difference("version table rows", Snapshots.describeVersions(expected),
                    Snapshots.describeVersions(Snapshots.versions(actual))));
        }
    }

    /** The upgrade bundle again, now that the database is at its end: the guard must stop it before any change. */
    private CheckResult guard(Target fresh, String up, Snapshot end, Range range) {
        try {
            replayer.run(fresh, "upgrade-at-wrong-version.sql", up);
        } catch (ReplayFailure refused) {
            // the guard's words, or the start mark's (the other refusal a bundle makes before any op runs); any other
            // refusal (say "table already exists" with the guard gone) is not the bundle protecting itself
            if (!refused.getMessage().contains(GUARD_MESSAGE) && !refused.getMessage().contains(History.NOT_STARTED)) {
                return CheckResult.failed(Check.GUARD_REFUSES_WRONG_VERSION, "the upgrade bundle for " + range
                        + " on a database already at " + range.toLabel() + " was refused, but not by its guard (no '"
                        + GUARD_MESSAGE + "' in the failure): " + refused.getMessage(), List.of());
            }
            return CheckResult.fromDifferences(Check.GUARD_REFUSES_WRONG_VERSION,
                    "the refused bundle changed the database before it stopped",
                    SnapshotDiff.between(end, snapshots.read(fresh)));
        }
        return CheckResult.failed(Check.GUARD_REFUSES_WRONG_VERSION, "the upgrade bundle for " + range
                + " ran on a database already at " + range.toLabel() + " instead of being refused", List.of());
    }

    private CheckResult replayed(Check check, Target fresh, String name, String script) {
        try {
            replayer.run(fresh, name, script);
            return CheckResult.passed(check);
        } catch (ReplayFailure failure) {
            return CheckResult.failed(check, "the database refused the script: " + failure.getMessage(), List.of());
        }
    }
}
