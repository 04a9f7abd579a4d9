package org.sqlbundle.verifier.internal.data;

import java.util.Optional;

/** Seeded data that a step lost or changed: a whole table, a column, or some rows' values. */
public record DataLoss(String table, Optional<String> column, String description) {

    public String format() {
        return "table " + table + column.map(c -> " / column " + c).orElse("") + ": " + description;
    }
}
