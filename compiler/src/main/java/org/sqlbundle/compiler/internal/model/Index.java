package org.sqlbundle.compiler.internal.model;

import java.util.List;

/** An index; names are unique across the schema (PostgreSQL and SQLite require it). */
public record Index(String name, String table, List<String> columns, boolean unique,
                    java.util.Map<org.sqlbundle.compiler.Dialect, String> dialectNames) {
    public Index {
        columns = List.copyOf(columns);
        dialectNames = DialectNames.copy(dialectNames);
    }

    public Index(String name, String table, List<String> columns, boolean unique) {
        this(name, table, columns, unique, java.util.Map.of());
    }

    public Index onTable(String newTable) {
        return new Index(name, newTable, columns, unique, dialectNames);
    }


    /** The name SQL for {@code dialect} uses and its catalog shows ({@code dialect_names:}, else {@link #name}). */
    public String nameOn(org.sqlbundle.compiler.Dialect dialect) {
        return DialectNames.on(dialectNames, name, dialect);
    }
}
