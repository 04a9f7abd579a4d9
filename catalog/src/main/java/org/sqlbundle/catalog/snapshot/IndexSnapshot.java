package org.sqlbundle.catalog.snapshot;

import java.util.List;

/** An explicitly created index: columns (or expressions) in index order, and whether it is unique. */
public record IndexSnapshot(String name, List<String> columns, boolean unique) {

    public IndexSnapshot {
        columns = List.copyOf(columns);
    }
}
