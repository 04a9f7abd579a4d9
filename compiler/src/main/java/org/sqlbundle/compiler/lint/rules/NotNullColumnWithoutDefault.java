package org.sqlbundle.compiler.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.lint.Finding;
import org.sqlbundle.compiler.lint.LintRule;
import org.sqlbundle.compiler.lint.LintScope;
import org.sqlbundle.compiler.lint.Severity;
import org.sqlbundle.compiler.ops.AddColumn;
import org.sqlbundle.compiler.plan.PlannedOp;
import org.sqlbundle.compiler.plan.RevisionPlan;

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
