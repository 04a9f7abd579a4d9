package org.sqlbundle.catalog.expect;

import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.catalog.snapshot.CheckSnapshot;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.catalog.snapshot.ViewSnapshot;
import org.sqlbundle.compiler.Dialect;

/**
 * What the model's text can't predict about a live schema, made equal on both sides of a model comparison (two
 * snapshots of one database compare these as printed). The diff still reports the object, not its body:
 * <ul>
 *   <li>view bodies, everywhere: each database reprints the query its own way (PostgreSQL expands {@code *} and
 *       qualifies columns, MySQL rewrites it, SQLite rewrites it on RENAME COLUMN);</li>
 *   <li>check expressions, except on SQLite (which keeps the text the bundle wrote): the others store a
 *       rewritten expression ({@code IN} as {@code = ANY (ARRAY[...])}, added casts).</li>
 * </ul>
 * Names the database derives are {@link Tolerances}, applied in every check.
 */
final class BlindSpots {

    static final String NOT_COMPARED = "(not compared)";

    private BlindSpots() {
    }

    static Snapshot maskBodies(Snapshot s, Dialect dialect) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        s.tables().forEach((name, t) -> tables.put(name, dialect == Dialect.SQLITE ? t : withoutCheckBodies(t)));
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        s.views().forEach((name, v) -> views.put(name, new ViewSnapshot(name, NOT_COMPARED)));
        return new Snapshot(tables, s.enums(), views, s.versionRows(), s.sequences());
    }

    private static TableSnapshot withoutCheckBodies(TableSnapshot t) {
        SortedMap<String, CheckSnapshot> checks = new TreeMap<>();
        t.checks().values().forEach(c -> checks.put(c.name(), new CheckSnapshot(c.name(), NOT_COMPARED)));
        return new TableSnapshot(t.name(), t.columns(), t.columnOrder(), t.primaryKey(), t.foreignKeys(), t.uniques(),
                checks, t.indexes(), t.options());
    }
}
