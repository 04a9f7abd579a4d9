package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** A sql op with {@code parse: false}: nothing checks it before a database runs it. */
final class UnparsedSql implements LintRule {

    @Override
    public String code() {
        return "L005";
    }

    @Override
    public String title() {
        return "raw SQL not parsed at compile time";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        for (PlannedOp p : plan.upgrade()) {
            report(p, plan, "upgrade", findings);
        }
        for (PlannedOp p : plan.downgrade()) {
            report(p, plan, "downgrade", findings);
        }
    }

    private void report(PlannedOp p, org.sqlbundle.compiler.internal.plan.RevisionPlan plan, String direction,
                        Consumer<Finding> findings) {
        if (p.op() instanceof Sql sql && !sql.parse()) {
            findings.accept(finding(sql.pos(), plan, "the " + direction + " sql op has 'parse: false': its SQL is"
                            + " not checked at compile time, only when a database runs it",
                    "run 'sqlbundle verify' on every dialect you ship, or drop 'parse: false' if JSqlParser now"
                            + " accepts the statement"));
        }
    }
}
