package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** add_column NOT NULL without a default on a table that already existed: the upgrade fails once it has rows. */
final class NotNullColumnWithoutDefault implements LintRule {

    @Override
    public String code() {
        return "L001";
    }

    @Override
    public String title() {
        return "NOT NULL column without default added to an existing table";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        for (PlannedOp p : plan.upgrade()) {
            if (p.op() instanceof AddColumn add && add.column().requiresValue()
                    && RevisionStart.tableExisted(plan, add.table())) {
                findings.accept(finding(add.pos(), plan, "add_column " + add.table() + "." + add.column().name()
                                + " is NOT NULL without a default: the upgrade fails on PostgreSQL, SQLite and H2 as soon"
                                + " as " + add.table() + " holds rows (MySQL/MariaDB fill in an implicit default instead)",
                        "give the column a default, or add it nullable, fill it with a sql op, then alter_column"
                                + " nullable: false"));
            }
        }
    }
}
