package org.sqlbundle.catalog.snapshot;

import java.util.List;

/** A unique constraint (not a unique index, except on MySQL/MariaDB where the two are the same thing). */
public record UniqueSnapshot(String name, List<String> columns) {

    public UniqueSnapshot {
        columns = List.copyOf(columns);
    }
}
