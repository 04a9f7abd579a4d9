package org.sqlbundle.cli.verbs;

import org.sqlbundle.compiler.Range;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.MigrationTarget;

/** TARGET or --delta N, exactly one: online both work, offline only TARGET (a script has no database to count from). */
final class OnlineTargets {

    private OnlineTargets() {
    }

    static MigrationTarget of(Range.Direction direction, String target, Integer delta) {
        if ((target == null) == (delta == null)) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("TARGET"), "E079",
                    "give either a TARGET or --delta N", "e.g. 'upgrade head', 'downgrade base' or 'upgrade --delta 1'"));
        }
        return target != null ? MigrationTarget.to(direction, target) : MigrationTarget.by(direction, delta);
    }

    static void requireOfflineTarget(String target, Integer delta, String verb) {
        if (delta != null || target == null) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("TARGET"), "E079", verb
                            + " --sql needs a TARGET; --delta counts from a database's version and needs --url",
                    "give a revision or START:END, or use --url with --dry-run to see the script for --delta"));
        }
    }
}
