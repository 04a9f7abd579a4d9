package org.sqlbundle.catalog.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Collects one table's parts while a reader walks the catalog, in whatever order the catalog returns them. */
final class TableSnapshotBuilder {

    private final String name;
    private final SortedMap<String, ColumnSnapshot> columns = new TreeMap<>();
    private final List<String> columnOrder = new ArrayList<>();
    private Optional<PrimaryKeySnapshot> primaryKey = Optional.empty();
    private final SortedMap<String, ForeignKeySnapshot> foreignKeys = new TreeMap<>();
    private final SortedMap<String, UniqueSnapshot> uniques = new TreeMap<>();
    private final SortedMap<String, CheckSnapshot> checks = new TreeMap<>();
    private final SortedMap<String, IndexSnapshot> indexes = new TreeMap<>();
    private final SortedMap<String, String> options = new TreeMap<>();

    TableSnapshotBuilder(String name) {
        this.name = name;
    }

    /** Columns must be added in ordinal order. */
    void column(ColumnSnapshot column) {
        columns.put(column.name(), column);
        columnOrder.add(column.name());
    }

    Optional<ColumnSnapshot> findColumn(String columnName) {
        return Optional.ofNullable(columns.get(columnName));
    }

    void replaceColumn(ColumnSnapshot column) {
        columns.put(column.name(), column);
    }

    void primaryKey(PrimaryKeySnapshot key) {
        primaryKey = Optional.of(key);
    }

    void foreignKey(ForeignKeySnapshot key) {
        foreignKeys.put(key.name(), key);
    }

    void unique(UniqueSnapshot unique) {
        uniques.put(unique.name(), unique);
    }

    void check(CheckSnapshot check) {
        checks.put(check.name(), check);
    }

    void removeCheck(String checkName) {
        checks.remove(checkName);
    }

    SortedMap<String, CheckSnapshot> checks() {
        return checks;
    }

    void index(IndexSnapshot index) {
        indexes.put(index.name(), index);
    }

    void option(String key, String value) {
        options.put(key, value);
    }

    TableSnapshot build() {
        return new TableSnapshot(name, columns, columnOrder, primaryKey, foreignKeys, uniques, checks, indexes,
                options);
    }
}
