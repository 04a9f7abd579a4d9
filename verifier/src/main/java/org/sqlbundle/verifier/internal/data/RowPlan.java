package org.sqlbundle.verifier.internal.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.PortableType.Kind;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;

/** Which columns of a table must get unique values, and which find a seeded row again. */
record RowPlan(Set<String> keyLike, List<String> locator, Set<String> valued) {

    static RowPlan of(Table t) {
        return of(t, LaterShape.NONE);
    }

    /** {@code later}: columns the next shape makes NOT NULL get a value in every row. */
    static RowPlan of(Table t, LaterShape later) {
        Set<String> fkColumns = new LinkedHashSet<>();
        t.foreignKeys().forEach(fk -> fkColumns.addAll(fk.columns()));
        Set<String> keyLike = new LinkedHashSet<>();
        t.primaryKey().ifPresent(pk -> keyLike.addAll(pk.columns()));
        t.uniques().stream().map(UniqueConstraint::columns).forEach(keyLike::addAll);
        t.indexes().stream().filter(Index::unique).map(Index::columns).forEach(keyLike::addAll);
        List<String> locator;
        if (t.primaryKey().isPresent()) {
            locator = t.primaryKey().get().columns();
        } else {
            // no primary key: a string column (unique per row by construction), else an integer made unique
            locator = t.columns().stream().filter(c -> !fkColumns.contains(c.name()))
                    .filter(c -> c.type().kind() == Kind.STRING && c.type().length() >= 4 || c.type().kind() == Kind.TEXT)
                    .findFirst()
                    .or(() -> t.columns().stream().filter(c -> !fkColumns.contains(c.name()))
                            .filter(c -> c.type().isInteger()).findFirst())
                    .map(c -> List.of(c.name()))
                    .orElseGet(() -> t.columns().stream().map(Column::name).toList());
            if (locator.size() == 1) {
                keyLike.addAll(locator);
            }
        }
        return new RowPlan(keyLike, new ArrayList<>(locator), Set.copyOf(later.notNull()));
    }

    boolean mustHaveValue(String column) {
        return keyLike.contains(column) || locator.contains(column) || valued.contains(column);
    }
}
