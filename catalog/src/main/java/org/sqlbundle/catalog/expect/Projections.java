package org.sqlbundle.catalog.expect;

import java.util.ArrayDeque;
import java.util.Deque;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;

/**
 * The last few models projected, by identity: a verify step compares against the models at two positions five
 * times, and projecting a whole model costs as much as reading the catalog. Schemas and snapshots are immutable,
 * so a cached projection is the one a new call would make.
 */
final class Projections {

    private record Entry(Schema schema, Dialect dialect, Snapshot projected) {
    }

    private static final int KEPT = 4;
    private static final Deque<Entry> RECENT = new ArrayDeque<>();

    private Projections() {
    }

    static Snapshot of(Schema schema, Dialect dialect) {
        synchronized (RECENT) {
            for (Entry e : RECENT) {
                if (e.schema() == schema && e.dialect() == dialect) {
                    return e.projected();
                }
            }
        }
        Snapshot projected = ModelProjection.forDialect(dialect).project(schema);
        synchronized (RECENT) {
            RECENT.addFirst(new Entry(schema, dialect, projected));
            if (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
        return projected;
    }
}
