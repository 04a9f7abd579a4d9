package org.sqlbundle.catalog.snapshot;

/** A view and its defining query as the database prints it, normalised by {@link SqlText#expression}. */
public record ViewSnapshot(String name, String definition) {
}
