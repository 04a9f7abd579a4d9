package org.sqlbundle.verifier.internal.verify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.Delete;
import org.sqlbundle.compiler.internal.ops.Insert;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/**
 * The tables whose rows a revision can change, so the data round trip seeds and reads only those instead of every
 * table of the schema at every step (which made it grow with revisions x tables). Sound because a modelled op's SQL
 * writes only to the tables its model change names: the tables it changed, the table of an {@code insert} or
 * {@code delete}, the tables using an enum it changed, and, through ON DELETE CASCADE / SET NULL (or SQLite's implicit
 * DELETE when a parent is dropped and rebuilt), every table referencing one of those, transitively. Where SQL the model
 * can't see runs (a raw {@code sql} op, a revision its features skip, overridden templates) every table is in scope.
 * See docs/verifier.md, "Data round trip".
 */
final class DataScope {

    private DataScope() {
    }

    /** The tables in scope, under their names before and after each op; empty when every table is. */
    static Optional<Set<String>> of(RevisionPlan plan, boolean templatesOverridden) {
        List<PlannedOp> ops = Stream.concat(plan.upgrade().stream(), plan.downgrade().stream()).toList();
        if (!plan.applied() || templatesOverridden || ops.stream().anyMatch(op -> op.op() instanceof Sql)) {
            return Optional.empty();
        }
        Set<String> scope = new TreeSet<>();
        for (PlannedOp op : ops) {
            Optional<Schema.Changes> changes = op.after().changedSince(op.before());
            if (changes.isEmpty()) {
                return Optional.empty();
            }
            Set<String> direct = new TreeSet<>(changes.get().tables());
            if (op.op() instanceof Insert insert) {
                direct.add(insert.table());
            } else if (op.op() instanceof Delete delete) {
                direct.add(delete.table());
            }
            for (Schema s : List.of(op.before(), op.after())) {
                changes.get().enums().forEach(e -> s.tablesUsingEnum(e).forEach(t -> direct.add(t.name())));
            }
            for (Schema s : List.of(op.before(), op.after())) {
                scope.addAll(withReferrers(direct, s));
            }
        }
        return Optional.of(scope);
    }

    /** {@code tables} and every table of {@code schema} referencing one of them, transitively. */
    private static Set<String> withReferrers(Set<String> tables, Schema schema) {
        Set<String> out = new TreeSet<>(tables);
        Deque<String> todo = new ArrayDeque<>(tables);
        while (!todo.isEmpty()) {
            for (Table child : schema.tablesReferencing(todo.pop())) {
                if (out.add(child.name())) {
                    todo.push(child.name());
                }
            }
        }
        return out;
    }
}
