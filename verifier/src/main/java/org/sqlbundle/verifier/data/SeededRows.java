package org.sqlbundle.verifier.data;

import java.util.Collections;
import java.util.List;
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
    public List<SeededTable> tables() {
        return tables;
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
