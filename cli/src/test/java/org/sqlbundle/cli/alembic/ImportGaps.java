package org.sqlbundle.cli.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.compiler.Dialect;

/**
 * Where the imported chain builds a different catalog than Alembic because sqlbundle's vocabulary can't yet say
 * what SQLAlchemy rendered (not Alembic's fault: that is {@link AlembicFaults}). Each gap matches one shape of
 * difference, both sides, on one server; docs/import.md lists the same gaps. A run records which gaps showed, and
 * {@link #notShown} names a gap that no longer does, so the list can't outlive the gap it names.
 */
final class ImportGaps {

    /** One shape of difference on one server, and why sqlbundle can't yet build what Alembic built. */
    record Gap(Dialect server, Predicate<Difference> shape, String why) {
    }

    private final List<Gap> known;
    private final List<Gap> shown = new ArrayList<>();

    /** The gaps this run may meet and must meet. */
    ImportGaps(List<Gap> known) {
        this.known = known;
    }

    /** Whether a known gap explains {@code d} on {@code server}; records that the gap showed. */
    boolean excuses(Difference d, Dialect server) {
        for (Gap g : known) {
            if (g.server() == server && g.shape().test(d)) {
                if (!shown.contains(g)) {
                    shown.add(g);
                }
                return true;
            }
        }
        return false;
    }

    /** The gaps of {@code server} that never showed in this run: each is fixed, or the list is wrong. */
    List<String> notShown(Dialect server) {
        return known.stream().filter(g -> g.server() == server && !shown.contains(g))
                .map(g -> "the listed import gap no longer shows on " + server.cliName + "; remove it from ImportGaps ("
                        + g.why() + ")").toList();
    }
}
