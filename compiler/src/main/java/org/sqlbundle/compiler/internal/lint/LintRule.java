package org.sqlbundle.compiler.internal.lint;

import java.util.function.Consumer;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/**
 * One check over a revision as the compiler plans it (ops with the schema before and after each). Rules see the
 * model, not SQL text, so they apply to every dialect the same way unless they say otherwise.
 */
public interface LintRule {

    /** A stable code such as {@code L001}, used in output and in {@code lint: {ignore: [...]}}. */
    String code();

    /** A few words, shown by {@code lint --list}. */
    String title();

    Severity severity();

    void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings);

    /** A finding of this rule. */
    default Finding finding(org.sqlbundle.errors.SourcePos pos, RevisionPlan plan, String message,
                            String hint) {
        return new Finding(pos, code(), severity(), plan.revision().id(), message, java.util.Optional.ofNullable(hint));
    }
}
