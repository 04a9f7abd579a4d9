package org.sqlbundle.compiler.internal.lint.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/**
 * The upgrade's sql ops have a variant for a dialect and the explicit downgrade's have none (or the other way
 * round): that dialect then runs dialect-specific SQL one way and the generic SQL back, which is usually a slip.
 */
final class AsymmetricSqlVariants implements LintRule {

    @Override
    public String code() {
        return "L006";
    }

    @Override
    public String title() {
        return "sql variants for a dialect in one direction only";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        if (plan.downgradeDerived()) {
            return;
        }
        Set<Dialect> up = variants(plan.upgrade());
        Set<Dialect> down = variants(plan.downgrade());
        if (up.isEmpty() && down.isEmpty() || !hasSql(plan.upgrade()) || !hasSql(plan.downgrade())) {
            return;
        }
        for (Dialect d : Dialect.values()) {
            if (scope.dialects().contains(d) && up.contains(d) != down.contains(d)) {
                String with = up.contains(d) ? "upgrade" : "downgrade";
                String without = up.contains(d) ? "downgrade" : "upgrade";
                findings.accept(finding(plan.revision().pos(), plan, "the " + with + "'s sql has a " + d.cliName
                                + " variant but the " + without + "'s has none: " + d.cliName + " runs the generic SQL"
                                + " on the way " + (up.contains(d) ? "down" : "up"),
                        "add a '" + d.cliName + ":' variant to the " + without + "'s sql op, or silence L006 for"
                                + " this revision with lint: {ignore: [L006]}"));
            }
        }
    }

    private static boolean hasSql(List<PlannedOp> ops) {
        return ops.stream().anyMatch(p -> p.op() instanceof Sql);
    }

    private static Set<Dialect> variants(List<PlannedOp> ops) {
        Set<Dialect> out = new TreeSet<>();
        for (PlannedOp p : ops) {
            if (p.op() instanceof Sql sql) {
                out.addAll(sql.variants().keySet());
            }
        }
        return out;
    }
}
