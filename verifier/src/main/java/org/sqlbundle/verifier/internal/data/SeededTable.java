package org.sqlbundle.verifier.internal.data;

import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * The rows one seed put into one table. {@code locator} are the columns that find a row again (the
 * primary key, or a column whose generated values are unique); {@code rows} map column to value.
 */
record SeededTable(Table table, List<String> locator, List<Map<String, SeededValue>> rows) {

    public SeededTable {
        locator = List.copyOf(locator);
        rows = List.copyOf(rows);
    }

    String name() {
        return table.name();
    }
}
