package org.sqlbundle.compiler.internal.lint.rules;

import java.util.List;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** Questions about the schema a revision starts from, which is where a live database may already hold rows. */
final class RevisionStart {

    private RevisionStart() {
    }

    /** The schema before the first op of {@code ops}; empty ops change nothing, so any schema will do. */
    static Schema before(List<PlannedOp> ops, Schema fallback) {
        return ops.isEmpty() ? fallback : ops.get(0).before();
    }

    /** Whether {@code table} existed when the revision's upgrade started: only then can it hold rows. */
    static boolean tableExisted(RevisionPlan plan, String table) {
        return before(plan.upgrade(), Schema.EMPTY).table(table).isPresent();
    }
}
