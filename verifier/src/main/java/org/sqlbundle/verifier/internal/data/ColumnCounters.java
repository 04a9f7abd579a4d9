package org.sqlbundle.verifier.internal.data;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One counter per column name, for the non-key numbers of {@link ValueGenerator}: a value never repeats in a
 * column, so a later {@code add_unique} holds on seeded rows. Keyed by the name alone, not the table, so rows that
 * a rename_table or a copy (the rebuild idiom) brings together in one table still differ.
 */
final class ColumnCounters {

    private final Map<String, Long> counters = new HashMap<>();

    /** The counters as they are now, to go back to when rows built with them are not kept ({@link #restore}). */
    Map<String, Long> mark() {
        return new HashMap<>(counters);
    }

    void restore(Map<String, Long> mark) {
        counters.clear();
        counters.putAll(mark);
    }

    /** 1, 2, 3, ... per column name (case-insensitive, as every database but PostgreSQL folds names). */
    long next(String column) {
        return counters.merge(column.toLowerCase(Locale.ROOT), 1L, Long::sum);
    }
}
