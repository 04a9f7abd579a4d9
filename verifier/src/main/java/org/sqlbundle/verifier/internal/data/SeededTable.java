package org.sqlbundle.verifier.internal.data;

import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * The rows one seed put into one table. {@code locator} are the columns that find a row again (the
 * primary key, or a column whose generated values are unique); {@code rows} map column to value.
 * {@code wholeTable}: read back by reading every row of the table once (many rows, as the rows of earlier steps are),
 * rather than each row by its locator.
 */
record SeededTable(Table table, List<String> locator, List<Map<String, SeededValue>> rows, boolean wholeTable) {

    public SeededTable {
        locator = List.copyOf(locator);
        rows = List.copyOf(rows);
    }

    SeededTable(Table table, List<String> locator, List<Map<String, SeededValue>> rows) {
        this(table, locator, rows, false);
    }

    String name() {
        return table.name();
    }
}
