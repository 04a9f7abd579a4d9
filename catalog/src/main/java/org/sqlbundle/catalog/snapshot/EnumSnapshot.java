package org.sqlbundle.catalog.snapshot;

import java.util.List;

/** A PostgreSQL enum type and its labels in sort order. */
public record EnumSnapshot(String name, List<String> labels) {

    public EnumSnapshot {
        labels = List.copyOf(labels);
    }
}
