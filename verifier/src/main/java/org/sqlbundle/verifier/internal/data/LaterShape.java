package org.sqlbundle.verifier.internal.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * What the schema a seeded table moves to next (the step's upgrade, or for rows seeded after an upgrade its
 * downgrade) adds to it under the same name: checks, NOT NULL, foreign keys. Rows seeded for a step are what the step
 * tests, so they must pass what the step adds, or its script fails on rows the verifier made up; constraints further
 * ahead are met by {@link OwnRows}, which removes the verifier's rows just before the step that adds them.
 *
 * @param checks      checks the next shape has that this one hasn't (by name and expression)
 * @param notNull     columns nullable now and NOT NULL next: never seeded NULL
 * @param foreignKeys foreign keys the next shape adds on columns there now: seeded as if they were there already
 *                    (pointing at rows seeded in the parent) where the parent is in the schema now
 * @param referencing the columns of those whose parent is not (created by the same step): NULL where nullable; a
 *                    NOT NULL one leaves the table unseeded, since no parent row can exist before the step
 */
record LaterShape(List<CheckConstraint> checks, Set<String> notNull, List<ForeignKey> foreignKeys,
                  Set<String> referencing) {

    static final LaterShape NONE = new LaterShape(List.of(), Set.of(), List.of(), Set.of());

    /** {@code schema}: the shape rows are seeded at, where a new key's parent must be for rows to point at it. */
    static LaterShape of(Table now, Optional<Table> next, Schema schema) {
        if (next.isEmpty()) {
            return NONE;
        }
        Table n = next.get();
        List<CheckConstraint> checks = n.checks().stream().filter(c -> !now.checks().contains(c)).toList();
        Set<String> notNull = new LinkedHashSet<>();
        for (Column c : now.columns()) {
            if (c.nullable() && n.column(c.name()).filter(x -> !x.nullable()).isPresent()) {
                notNull.add(c.name());
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        Set<String> referencing = new LinkedHashSet<>();
        for (ForeignKey fk : n.foreignKeys()) {
            boolean existing = now.foreignKeys().stream().anyMatch(k -> k.columns().equals(fk.columns())
                    && k.refTable().equals(fk.refTable()) && k.refColumns().equals(fk.refColumns()));
            if (existing || !fk.columns().stream().allMatch(now::hasColumn)) {
                continue;
            }
            boolean parentThere = schema.table(fk.refTable()).filter(p -> fk.refColumns().stream().allMatch(p::hasColumn))
                    .isPresent();
            if (parentThere) {
                keys.add(fk);
            } else {
                referencing.addAll(fk.columns());
            }
        }
        now.foreignKeys().forEach(k -> referencing.removeAll(k.columns()));
        return new LaterShape(checks, notNull, List.copyOf(keys), referencing);
    }
}
