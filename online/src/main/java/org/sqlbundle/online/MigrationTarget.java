package org.sqlbundle.online;

import java.util.Optional;
import java.util.OptionalInt;
import org.sqlbundle.compiler.Range;

/**
 * Where an upgrade or downgrade goes: a reference ({@code head}, a revision, {@code base}, or {@code START:END}
 * whose START must be where the database is), or a number of revisions from where the database is.
 * Make one with {@link #to} or {@link #by}.
 *
 * @param direction upgrade (towards head) or downgrade (towards base)
 * @param reference the target reference, when given by reference
 * @param delta the number of revisions to move, when given by number
 */
public record MigrationTarget(Range.Direction direction, Optional<String> reference, OptionalInt delta) {

    /**
     * A target given by reference: {@code head}, {@code base}, a revision id, prefix or tag, or {@code START:END};
     * resolved against the chain when migrating (BAD_INPUT when it names no revision).
     */
    public static MigrationTarget to(Range.Direction direction, String reference) {
        return new MigrationTarget(direction, Optional.of(reference), OptionalInt.empty());
    }

    /**
     * A target a number of revisions away from the database's version; a delta leaving the chain is BAD_INPUT (E075)
     * when migrating.
     */
    public static MigrationTarget by(Range.Direction direction, int delta) {
        return new MigrationTarget(direction, Optional.empty(), OptionalInt.of(delta));
    }

    String verb() {
        return direction == Range.Direction.UPGRADE ? "upgrade" : "downgrade";
    }
}
