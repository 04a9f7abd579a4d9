package org.sqlbundle.compiler.internal.model;

/** A named CHECK constraint; {@code expression} is portable SQL over the table's columns. */
public record CheckConstraint(String name, String expression,
                              java.util.Map<org.sqlbundle.compiler.Dialect, String> dialectNames) {

    public CheckConstraint {
        dialectNames = DialectNames.copy(dialectNames);
    }

    public CheckConstraint(String name, String expression) {
        this(name, expression, java.util.Map.of());
    }


    /** The name SQL for {@code dialect} uses and its catalog shows ({@code dialect_names:}, else {@link #name}). */
    public String nameOn(org.sqlbundle.compiler.Dialect dialect) {
        return DialectNames.on(dialectNames, name, dialect);
    }
}
