package org.sqlbundle.compiler.model;

import java.util.List;

/** An index; names are unique across the schema (PostgreSQL and SQLite require it). */
public record Index(String name, String table, List<String> columns, boolean unique) {
    public Index {
        columns = List.copyOf(columns);
    }

    public Index onTable(String newTable) {
        return new Index(name, newTable, columns, unique);
    }
}
