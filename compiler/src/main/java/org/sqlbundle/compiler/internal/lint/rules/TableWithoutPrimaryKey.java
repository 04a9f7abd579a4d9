package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** create_table without a primary key: rows can't be addressed one by one (replication, ORMs, data fixes). */
final class TableWithoutPrimaryKey implements LintRule {

    @Override
    public String code() {
        return "L004";
    }

    @Override
    public String title() {
        return "table without a primary key";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        for (PlannedOp p : plan.upgrade()) {
            if (p.op() instanceof CreateTable create && create.table().primaryKey().isEmpty()) {
                findings.accept(finding(create.pos(), plan, "create_table " + create.table().name()
                                + " has no primary key: row-based replication, ORMs and targeted data fixes need one",
                        "add 'primary_key: true' to a column or a table-level primary_key"));
            }
        }
    }
}
