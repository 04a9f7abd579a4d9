package org.sqlbundle.catalog.snapshot;

import java.util.Optional;

/** A column as the database reports it: normalised type text, nullability and normalised default expression. */
public record ColumnSnapshot(String name, String type, boolean nullable, Optional<String> defaultValue) {
}
