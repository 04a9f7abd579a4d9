package org.sqlbundle.online;

import java.util.List;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;

/** What a migration did: the range it computed from the database's version, and the revisions it applied. */
public record MigrationResult(Range range, List<Revision> applied) {

    public MigrationResult {
        applied = List.copyOf(applied);
    }
}
