package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** A narrowing type change the author did not acknowledge with {@code destructive: true}. */
final class UndeclaredNarrowing implements LintRule {

    @Override
    public String code() {
        return "L007";
    }

    @Override
    public String title() {
        return "narrowing type change not declared destructive";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        for (PlannedOp p : plan.upgrade()) {
            if (p.op() instanceof AlterColumn alter && alter.type().isPresent() && !alter.declaredDestructive()) {
                p.before().table(alter.table()).flatMap(t -> t.column(alter.name())).map(Column::type)
                        .filter(old -> old.narrowsTo(alter.type().get()))
                        .ifPresent(old -> findings.accept(finding(alter.pos(), plan, "alter_column " + alter.table()
                                        + "." + alter.name() + " narrows " + old + " to " + alter.type().get()
                                        + ": existing values can be cut or rejected",
                                "check the data first, then write 'destructive: true' on the op to acknowledge it")));
            }
        }
    }
}
