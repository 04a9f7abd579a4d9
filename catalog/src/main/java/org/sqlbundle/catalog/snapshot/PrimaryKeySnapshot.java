package org.sqlbundle.catalog.snapshot;

import java.util.List;
import java.util.Optional;

/** Primary key columns in key order; the name only where the dialect keeps one (not MySQL/MariaDB: PRIMARY). */
public record PrimaryKeySnapshot(Optional<String> name, List<String> columns) {

    public PrimaryKeySnapshot {
        columns = List.copyOf(columns);
    }
}
