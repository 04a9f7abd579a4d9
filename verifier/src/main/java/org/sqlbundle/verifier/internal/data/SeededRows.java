package org.sqlbundle.verifier.internal.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What one {@link DataRoundTrip#seed} inserted, and which tables it could not seed and why. */
public final class SeededRows {

    private final List<SeededTable> tables;
    private final SortedMap<String, String> skipped;

    SeededRows(List<SeededTable> tables, SortedMap<String, String> skipped) {
        this.tables = List.copyOf(tables);
        this.skipped = Collections.unmodifiableSortedMap(new TreeMap<>(skipped));
    }

    /** The seeded tables, in insertion (foreign-key) order. */
    List<SeededTable> tables() {
        return tables;
    }

    /** Table -> rows this seed put in it, in insertion (foreign-key) order; for reports. */
    public Map<String, Integer> rowsPerTable() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t.name(), t.rows().size()));
        return Collections.unmodifiableMap(counts);
    }

    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /** Table name -> why it has no (or fewer) seeded rows; never silently empty. */
    public SortedMap<String, String> skipped() {
        return skipped;
    }

    @Override
    public String toString() {
        return rowCount() + " rows in " + tables.size() + " tables"
                + (skipped.isEmpty() ? "" : "; not seeded: " + skipped);
    }
}
