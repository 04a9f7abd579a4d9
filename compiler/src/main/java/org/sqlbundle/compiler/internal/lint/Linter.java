package org.sqlbundle.compiler.internal.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.internal.lint.rules.LintRules;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Runs every lint rule over every revision the model applied. Build the model with all features enabled so that
 * feature-only revisions are linted too. A code silenced by the revision ({@code lint: {ignore: [...]}}) or by the
 * caller is dropped. Findings come out in chain order, then in the order the rules found them.
 */
public final class Linter {

    private Linter() {
    }

    public static List<LintRule> rules() {
        return LintRules.ALL;
    }

    public static LintReport lint(ChainModel model, LintScope scope, Collection<String> ignoredCodes) {
        return lint(List.of(model), scope, ignoredCodes);
    }

    /**
     * Lints the chain under each model (one per feature set); a revision several sets apply gives the same finding
     * in each, kept once. Findings stay in chain order.
     */
    public static LintReport lint(List<ChainModel> models, LintScope scope, Collection<String> ignoredCodes) {
        Set<String> known = new TreeSet<>();
        rules().forEach(r -> known.add(r.code()));
        for (String code : ignoredCodes) {
            if (!known.contains(code)) {
                throw SqlbundleException.badInput("unknown lint code '" + code + "'; known codes: "
                        + String.join(", ", known));
            }
        }
        Set<Finding> out = new LinkedHashSet<>();
        int revisions = models.get(0).chain().size();
        for (int position = 0; position < revisions; position++) {
            for (ChainModel model : models) {
                RevisionPlan plan = model.plan(position);
                if (!plan.applied()) {
                    continue;
                }
                for (LintRule rule : rules()) {
                    if (ignoredCodes.contains(rule.code()) || plan.revision().lintIgnore().contains(rule.code())) {
                        continue;
                    }
                    rule.check(plan, scope, out::add);
                }
            }
        }
        return new LintReport(new ArrayList<>(out), revisions);
    }
}
