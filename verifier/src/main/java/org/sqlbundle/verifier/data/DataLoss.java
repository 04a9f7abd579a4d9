package org.sqlbundle.verifier.data;

import java.util.Optional;

/** Placeholder for the collaborator's record (replaced at merge). */
public record DataLoss(String table, Optional<String> column, String description) {

    public String format() {
        return table + column.map(c -> "." + c).orElse("") + ": " + description;
    }
}
