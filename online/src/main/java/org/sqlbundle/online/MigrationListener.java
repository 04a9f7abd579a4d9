package org.sqlbundle.online;

import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.Revision;

/** Told after each revision is applied and stamped: the CLI prints progress, tests count applications. */
@FunctionalInterface
public interface MigrationListener {

    MigrationListener NONE = (revision, direction) -> { };

    void applied(Revision revision, Range.Direction direction);
}
