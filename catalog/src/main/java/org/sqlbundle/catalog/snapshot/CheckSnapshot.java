package org.sqlbundle.catalog.snapshot;

/** A check constraint with its expression normalised by {@link SqlText#expression} (best effort). */
public record CheckSnapshot(String name, String expression) {
}
