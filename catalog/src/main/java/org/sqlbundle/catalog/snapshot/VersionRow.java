package org.sqlbundle.catalog.snapshot;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** One row of the version table: lower-case column name to value text (empty for SQL NULL). */
public record VersionRow(SortedMap<String, Optional<String>> values) {

    public VersionRow {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
}
