package org.sqlbundle.online;

import java.util.List;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;

/**
 * What a migration did: the range it computed from the database's version, and the revisions it applied.
 *
 * @param range the range walked, from the database's version before the run to the target
 * @param applied the revisions applied, in the order they ran; immutable
 */
public record MigrationResult(Range range, List<Revision> applied) {

    public MigrationResult {
        applied = List.copyOf(applied);
    }
}
