package org.sqlbundle.online;

import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;

/** Told after each revision is applied and stamped: the CLI prints progress, tests count applications. */
@FunctionalInterface
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = (revision, direction) -> { };

    /**
     * Called on the migrating thread after {@code revision} ran in {@code direction} and the version table was
     * stamped; an exception thrown here stops the migration after that revision.
     */
    void applied(Revision revision, Range.Direction direction);
}
