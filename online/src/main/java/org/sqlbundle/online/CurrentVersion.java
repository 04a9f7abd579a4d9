package org.sqlbundle.online;

import java.util.Optional;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;

/**
 * Where a database stands on the chain: {@link Chain#BASE} when the version table is empty or missing
 * ({@code tableExists} tells which), otherwise the position of its revision.
 *
 * @param tableExists whether the version table exists
 * @param position the database's position on the chain; {@link Chain#BASE} when unstamped
 * @param revision the revision the database is at; empty at base
 * @param isHead whether that revision is the chain's head
 */
public record CurrentVersion(boolean tableExists, int position, Optional<Revision> revision, boolean isHead) {

    /** One line for people: {@code 2528ceb28230 (head) [grizzly] grizzly release: ...}. */
    public String describe(String versionTable) {
        if (!tableExists) {
            return "no version table " + versionTable + ": the database was never stamped (base, or a database "
                    + "to take over with 'stamp')";
        }
        if (revision.isEmpty()) {
            return "base: version table " + versionTable + " is empty";
        }
        Revision r = revision.get();
        String tags = r.tags().isEmpty() ? "" : " [" + String.join(", ", r.tags()) + "]";
        return r.id() + (isHead ? " (head)" : " (not head)") + tags + " " + r.message().replaceAll("\\s+", " ");
    }
}
