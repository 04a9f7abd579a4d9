package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.Insert;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/**
 * alter_column nullable: false on a column that allowed NULL, in a table that existed before the revision, with
 * no data op before it in the same revision: the upgrade fails if any row holds NULL there.
 */
final class SetNotNullOnExistingColumn implements LintRule {

    @Override
    public String code() {
        return "L002";
    }

    @Override
    public String title() {
        return "NOT NULL set on an existing column without a data fix first";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        boolean dataFixed = false;
        for (PlannedOp p : plan.upgrade()) {
            if (p.op() instanceof Sql || p.op() instanceof Insert) {
                // an author who fixes data first has most likely filled the NULLs; the rule would only nag
                dataFixed = true;
            }
            if (!dataFixed && p.op() instanceof AlterColumn alter && alter.nullable().equals(java.util.Optional.of(false))
                    && RevisionStart.tableExisted(plan, alter.table())) {
                boolean wasNullable = p.before().table(alter.table()).flatMap(t -> t.column(alter.name()))
                        .map(Column::nullable).orElse(false);
                if (wasNullable) {
                    findings.accept(finding(alter.pos(), plan, "alter_column " + alter.table() + "." + alter.name()
                                    + " sets NOT NULL: the upgrade fails if any existing row holds NULL there",
                            "fill the NULLs first in the same revision, e.g. a sql op: UPDATE " + alter.table()
                                    + " SET " + alter.name() + " = ... WHERE " + alter.name() + " IS NULL"));
                }
            }
        }
    }
}
