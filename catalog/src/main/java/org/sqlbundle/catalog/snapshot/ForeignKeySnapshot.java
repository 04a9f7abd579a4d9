package org.sqlbundle.catalog.snapshot;

import java.util.List;

/**
 * A foreign key. Actions are the lower-case words cascade, set null, set default, restrict, no action. An unnamed
 * key (SQLite) or one with a generated name gets the synthetic name {@code ~fk(columns)}, see {@link SyntheticNames}.
 */
public record ForeignKeySnapshot(String name, List<String> columns, String referencedTable,
                                 List<String> referencedColumns, String onDelete, String onUpdate) {

    public ForeignKeySnapshot {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
