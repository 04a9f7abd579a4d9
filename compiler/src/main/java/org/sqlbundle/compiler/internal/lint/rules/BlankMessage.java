package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** A blank message: bundles and history show it to the DBA as the only description of the step. */
final class BlankMessage implements LintRule {

    @Override
    public String code() {
        return "L009";
    }

    @Override
    public String title() {
        return "blank revision message";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        if (plan.revision().message().isBlank()) {
            findings.accept(finding(plan.revision().pos(), plan, "has a blank message: bundles and history show it"
                    + " to the DBA as the step's only description", "write what the revision changes and why"));
        }
    }
}
