package org.sqlbundle.compiler.internal.lint.rules;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** A revision without upgrade ops: usually a `revision -m` file nobody filled in. */
final class EmptyRevision implements LintRule {

    @Override
    public String code() {
        return "L008";
    }

    @Override
    public String title() {
        return "revision with no upgrade ops";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        if (plan.revision().upgrade().isEmpty()) {
            findings.accept(finding(plan.revision().pos(), plan, "has no upgrade ops: it only moves the version stamp",
                    "fill in its upgrade: list, or silence L008 with lint: {ignore: [L008]} if it marks a release"));
        }
    }
}
