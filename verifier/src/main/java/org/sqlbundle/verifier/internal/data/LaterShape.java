package org.sqlbundle.verifier.internal.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * What the schema a seeded table moves to next (the step's upgrade, or for rows seeded after an upgrade its
 * downgrade) adds to it under the same name: checks, NOT NULL, foreign keys. Rows seeded for a step are what the step
 * tests, so they must pass what the step adds, or its script fails on rows the verifier made up; constraints further
 * ahead are met by {@link OwnRows}, which removes the verifier's rows just before the step that adds them.
 *
 * @param checks     checks the next shape has that this one hasn't (by name and expression)
 * @param notNull    columns nullable now and NOT NULL next: never seeded NULL
 * @param referencing columns a foreign key of the next shape uses that no key uses now: NULL where nullable, since
 *                   no parent row is known for them yet
 */
record LaterShape(List<CheckConstraint> checks, Set<String> notNull, Set<String> referencing) {

    static final LaterShape NONE = new LaterShape(List.of(), Set.of(), Set.of());

    static LaterShape of(Table now, Optional<Table> next) {
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
        Set<String> referencing = new LinkedHashSet<>();
        for (ForeignKey fk : n.foreignKeys()) {
            boolean existing = now.foreignKeys().stream().anyMatch(k -> k.columns().equals(fk.columns())
                    && k.refTable().equals(fk.refTable()) && k.refColumns().equals(fk.refColumns()));
            if (!existing) {
                fk.columns().stream().filter(now::hasColumn).forEach(referencing::add);
            }
        }
        now.foreignKeys().forEach(k -> referencing.removeAll(k.columns()));
        return new LaterShape(checks, notNull, referencing);
    }
}
