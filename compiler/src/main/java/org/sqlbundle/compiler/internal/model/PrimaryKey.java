package org.sqlbundle.compiler.internal.model;

import java.util.List;

/** A primary key; {@code name} is empty when the author did not name it (the database picks one). */
public record PrimaryKey(String name, List<String> columns,
                         java.util.Map<org.sqlbundle.compiler.Dialect, String> dialectNames) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        dialectNames = DialectNames.copy(dialectNames);
    }

    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, java.util.Map.of());
    }


    /** The name SQL for {@code dialect} uses and its catalog shows ({@code dialect_names:}, else {@link #name}). */
    public String nameOn(org.sqlbundle.compiler.Dialect dialect) {
        return DialectNames.on(dialectNames, name, dialect);
    }
}
