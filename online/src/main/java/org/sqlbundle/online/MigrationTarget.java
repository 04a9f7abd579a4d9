package org.sqlbundle.online;

import java.util.Optional;
import java.util.OptionalInt;
import org.sqlbundle.compiler.Range;

/**
 * Where an upgrade or downgrade goes: a reference ({@code head}, a revision, {@code base}, or {@code START:END}
 * whose START must be where the database is), or a number of revisions from where the database is.
 */
public record MigrationTarget(Range.Direction direction, Optional<String> reference, OptionalInt delta) {

    public static MigrationTarget to(Range.Direction direction, String reference) {
        return new MigrationTarget(direction, Optional.of(reference), OptionalInt.empty());
    }

    public static MigrationTarget by(Range.Direction direction, int delta) {
        return new MigrationTarget(direction, Optional.empty(), OptionalInt.of(delta));
    }

    String verb() {
        return direction == Range.Direction.UPGRADE ? "upgrade" : "downgrade";
    }
}
