package org.sqlbundle.compiler.model;

import java.util.List;

/** A primary key; {@code name} is empty when the author did not name it (the database picks one). */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
