package org.sqlbundle.compiler.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/** A name an op creates is longer than a target dialect keeps (see {@link IdentifierLimits}). */
final class IdentifierTooLong implements LintRule {

    @Override
    public String code() {
        return "L003";
    }

    @Override
    public String title() {
        return "identifier longer than a dialect allows";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        for (PlannedOp p : plan.upgrade()) {
            for (NewName named : namesCreatedBy(p.op())) {
                List<String> over = new ArrayList<>();
                for (Dialect d : Dialect.values()) {
                    OptionalInt limit = IdentifierLimits.limit(d);
                    if (scope.dialects().contains(d) && limit.isPresent()
                            && IdentifierLimits.length(d, named.name()) > limit.getAsInt()) {
                        over.add(d.cliName + " (" + limit.getAsInt() + ")");
                    }
                }
                if (!over.isEmpty()) {
                    findings.accept(finding(p.op().pos(), plan, named.kind() + " name '" + named.name() + "' is "
                                    + named.name().length() + " characters, longer than " + String.join(", ", over)
                                    + " allows: PostgreSQL cuts it silently, MySQL/MariaDB reject it",
                            "choose a shorter name"));
                }
            }
        }
    }

    private record NewName(String kind, String name) {
    }

    /** Every identifier the op introduces, with what kind of object it names. */
    private static List<NewName> namesCreatedBy(Op op) {
        List<NewName> out = new ArrayList<>();
        if (op instanceof CreateTable create) {
            Table t = create.table();
            out.add(new NewName("table", t.name()));
            for (Column c : t.columns()) {
                out.add(new NewName("column", c.name()));
            }
            t.primaryKey().ifPresent(pk -> out.add(new NewName("primary key", pk.name())));
            for (ForeignKey fk : t.foreignKeys()) {
                out.add(new NewName("foreign key", fk.name()));
            }
            for (UniqueConstraint u : t.uniques()) {
                out.add(new NewName("unique constraint", u.name()));
            }
            for (CheckConstraint c : t.checks()) {
                out.add(new NewName("check constraint", c.name()));
            }
            for (Index i : t.indexes()) {
                out.add(new NewName("index", i.name()));
            }
        } else if (op instanceof AddColumn add) {
            out.add(new NewName("column", add.column().name()));
        } else if (op instanceof AlterColumn alter && alter.renameTo().isPresent()) {
            out.add(new NewName("column", alter.renameTo().get()));
        } else if (op instanceof RenameTable rename) {
            out.add(new NewName("table", rename.to()));
        } else if (op instanceof CreateIndex index) {
            out.add(new NewName("index", index.index().name()));
        } else if (op instanceof AddForeignKey fk) {
            out.add(new NewName("foreign key", fk.foreignKey().name()));
        } else if (op instanceof AddUnique unique) {
            out.add(new NewName("unique constraint", unique.unique().name()));
        } else if (op instanceof AddCheck check) {
            out.add(new NewName("check constraint", check.check().name()));
        } else if (op instanceof CreateEnum e) {
            out.add(new NewName("enum type", e.enumType().name()));
        } else if (op instanceof CreateView v) {
            out.add(new NewName("view", v.view().name()));
        }
        return out;
    }
}
