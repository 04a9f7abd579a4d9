package org.sqlbundle.verifier.internal.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PortableType.Kind;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.render.JooqContexts;

/**
 * What one step adds to a table that rows already there can break, each as a query for the rows that break it:
 * checks, foreign keys, NOT NULL, uniques (and unique indexes, a changed primary key), enum values taken away, and
 * type narrowing. Compared by the table's name before and after the step.
 */
final class AddedConstraints {

    /**
     * One added constraint. {@code predicate}: SQL true on the rows that break it; empty for a unique, whose
     * duplicates are found by reading {@code unique}'s columns. {@code columns}: the columns whose values break it
     * (the verifier removes its row only where it wrote all of them).
     */
    record Added(String what, Set<String> columns, Optional<String> predicate, List<String> unique) {
    }

    private final DSLContext jooq;

    AddedConstraints(Dialect dialect) {
        this.jooq = JooqContexts.of(dialect);
    }

    List<Added> of(Table b, Table a, Schema before, Schema after) {
        List<Added> out = new ArrayList<>();
        Set<String> columns = b.columns().stream().map(Column::name).collect(Collectors.toSet());
        for (CheckConstraint ck : a.checks()) {
            if (!b.checks().contains(ck)) {
                Set<String> used = columns.stream().filter(c -> CheckSql.mentions(CheckSql.tokens(ck.expression()), c))
                        .collect(Collectors.toSet());
                out.add(new Added("check " + ck.name(), used,
                        Optional.of("not (" + CheckSql.quoted(ck.expression(), columns, this::quote) + ")"), List.of()));
            }
        }
        for (ForeignKey fk : a.foreignKeys()) {
            boolean existing = b.foreignKeys().stream().anyMatch(k -> k.columns().equals(fk.columns())
                    && k.refTable().equals(fk.refTable()) && k.refColumns().equals(fk.refColumns()));
            if (!existing && columns.containsAll(fk.columns())) {
                out.add(new Added("foreign key " + fk.name(), Set.copyOf(fk.columns()),
                        Optional.of(orphans(b.name(), fk, before)), List.of()));
            }
        }
        for (Column c : a.columns()) {
            Optional<Column> old = b.column(c.name());
            if (old.isEmpty()) {
                continue;
            }
            if (old.get().nullable() && !c.nullable()) {
                out.add(new Added("NOT NULL on " + c.name(), Set.of(c.name()), Optional.of(quote(c.name()) + " is null"),
                        List.of()));
            }
            removedLabels(old.get().type(), c.type(), before, after).ifPresent(labels -> out.add(new Added(
                    "enum values " + labels + " of " + c.name(), Set.of(c.name()), Optional.of(quote(c.name()) + " in ("
                    + String.join(", ", labels.stream().map(l -> jooq.render(DSL.inline(l))).toList()) + ")"),
                    List.of())));
            tooWide(c.name(), old.get().type(), c.type()).ifPresent(p -> out.add(new Added("narrower type of "
                    + c.name() + " (" + c.type() + ")", Set.of(c.name()), Optional.of(p), List.of())));
        }
        for (List<String> unique : uniques(a)) {
            if (!uniques(b).contains(unique) && columns.containsAll(unique)) {
                out.add(new Added("unique " + unique, Set.copyOf(unique), Optional.empty(), unique));
            }
        }
        return out;
    }

    private static Set<List<String>> uniques(Table t) {
        Set<List<String>> out = new LinkedHashSet<>();
        t.primaryKey().ifPresent(pk -> out.add(pk.columns()));
        t.uniques().stream().map(UniqueConstraint::columns).forEach(out::add);
        t.indexes().stream().filter(Index::unique).map(Index::columns).forEach(out::add);
        return out;
    }

    /** Rows whose key columns are all set and point at no parent row (every such row when the parent isn't there yet). */
    private String orphans(String table, ForeignKey fk, Schema before) {
        String set = String.join(" and ", fk.columns().stream().map(c -> quote(c) + " is not null").toList());
        if (before.table(fk.refTable()).filter(p -> p.columns().stream().map(Column::name).toList()
                .containsAll(fk.refColumns())).isEmpty()) {
            return set;
        }
        List<String> match = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            match.add("p." + quote(fk.refColumns().get(i)) + " = " + quote(table) + "." + quote(fk.columns().get(i)));
        }
        return set + " and not exists (select 1 from " + quote(fk.refTable()) + " p where " + String.join(" and ", match) + ")";
    }

    private static Optional<List<String>> removedLabels(PortableType from, PortableType to, Schema before, Schema after) {
        if (!from.isEnum() || !to.isEnum()) {
            return Optional.empty();
        }
        List<String> was = before.enumType(from.enumName()).map(e -> e.labels()).orElse(List.of());
        List<String> now = after.enumType(to.enumName()).map(e -> e.labels()).orElse(List.of());
        List<String> removed = was.stream().filter(l -> !now.contains(l)).toList();
        return removed.isEmpty() || now.isEmpty() ? Optional.empty() : Optional.of(removed);
    }

    /** A predicate for values of {@code from} that {@code to} can't hold; empty where the types don't narrow so. */
    private Optional<String> tooWide(String column, PortableType from, PortableType to) {
        if (!from.narrowsTo(to)) {
            return Optional.empty();
        }
        if (to.kind() == Kind.STRING && (from.kind() == Kind.STRING || from.kind() == Kind.TEXT)) {
            return Optional.of(jooq.renderInlined(DSL.charLength(DSL.field(DSL.name(column), String.class)).gt(to.length())));
        }
        if (from.isInteger() && to.isInteger()) {
            long max = to.kind() == Kind.SMALLINT ? Short.MAX_VALUE : Integer.MAX_VALUE;
            long min = to.kind() == Kind.SMALLINT ? Short.MIN_VALUE : Integer.MIN_VALUE;
            org.jooq.Field<Long> f = DSL.field(DSL.name(column), Long.class);
            return Optional.of(jooq.renderInlined(f.gt(max).or(f.lt(min))));
        }
        if (from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL && to.length() - to.scale() < from.length() - from.scale()) {
            BigDecimal bound = BigDecimal.TEN.pow(to.length() - to.scale());
            org.jooq.Field<BigDecimal> f = DSL.field(DSL.name(column), BigDecimal.class);
            return Optional.of(jooq.renderInlined(f.ge(bound).or(f.le(bound.negate()))));
        }
        return Optional.empty();
    }

    private String quote(String name) {
        return jooq.render(DSL.name(name));
    }
}
