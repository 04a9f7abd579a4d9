package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/**
 * An explicit downgrade re-adds a NOT NULL column without a default to a table that outlived the upgrade: it fails
 * once that table holds rows. (The derived reverse of drop_column refills such a column, see DropColumn.)
 */
final class DowngradeReaddsNotNullColumn implements LintRule {

    @Override
    public String code() {
        return "L010";
    }

    @Override
    public String title() {
        return "downgrade re-adds a NOT NULL column without default";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        Schema downgradeStart = RevisionStart.before(plan.downgrade(), Schema.EMPTY);
        for (PlannedOp p : plan.downgrade()) {
            if (p.op() instanceof AddColumn add && add.column().requiresValue()
                    && downgradeStart.table(add.table()).isPresent()) {
                findings.accept(finding(add.pos(), plan, "the " + (plan.downgradeDerived() ? "derived " : "")
                                + "downgrade re-adds " + add.table() + "." + add.column().name() + " NOT NULL without a"
                                + " default: it fails once " + add.table() + " holds rows",
                        "give the column a default before dropping it, or write an explicit downgrade that re-adds"
                                + " it nullable (or with a default)"));
            }
        }
    }
}
