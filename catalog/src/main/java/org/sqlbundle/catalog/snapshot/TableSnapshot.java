package org.sqlbundle.catalog.snapshot;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table: columns by name, constraints and indexes by name, each in a sorted map so that creation order never
 * shows. {@code columnOrder} keeps the physical order for display; it is left out of equals and of the diff,
 * because a column added later lands at the end and is still the same schema. {@code options} are MySQL/MariaDB's
 * table options ({@code engine}, {@code charset}, {@code collation}, lower-case), empty elsewhere.
 */
public record TableSnapshot(
        String name,
        SortedMap<String, ColumnSnapshot> columns,
        List<String> columnOrder,
        Optional<PrimaryKeySnapshot> primaryKey,
        SortedMap<String, ForeignKeySnapshot> foreignKeys,
        SortedMap<String, UniqueSnapshot> uniques,
        SortedMap<String, CheckSnapshot> checks,
        SortedMap<String, IndexSnapshot> indexes,
        SortedMap<String, String> options) {

    /** A table without options (every dialect but MySQL/MariaDB). */
    public TableSnapshot(String name, SortedMap<String, ColumnSnapshot> columns, List<String> columnOrder,
                         Optional<PrimaryKeySnapshot> primaryKey, SortedMap<String, ForeignKeySnapshot> foreignKeys,
                         SortedMap<String, UniqueSnapshot> uniques, SortedMap<String, CheckSnapshot> checks,
                         SortedMap<String, IndexSnapshot> indexes) {
        this(name, columns, columnOrder, primaryKey, foreignKeys, uniques, checks, indexes, new TreeMap<>());
    }

    /** This table with other options. */
    public TableSnapshot withOptions(SortedMap<String, String> newOptions) {
        return new TableSnapshot(name, columns, columnOrder, primaryKey, foreignKeys, uniques, checks, indexes,
                newOptions);
    }

    public TableSnapshot {
        columns = frozen(columns);
        columnOrder = List.copyOf(columnOrder);
        foreignKeys = frozen(foreignKeys);
        uniques = frozen(uniques);
        checks = frozen(checks);
        indexes = frozen(indexes);
        options = frozen(options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableSnapshot t && name.equals(t.name) && columns.equals(t.columns)
                && primaryKey.equals(t.primaryKey) && foreignKeys.equals(t.foreignKeys) && uniques.equals(t.uniques)
                && checks.equals(t.checks) && indexes.equals(t.indexes) && options.equals(t.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, options);
    }

    static <V> SortedMap<String, V> frozen(SortedMap<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
