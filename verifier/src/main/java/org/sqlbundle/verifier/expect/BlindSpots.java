package org.sqlbundle.verifier.expect;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.verifier.snapshot.CheckSnapshot;
import org.sqlbundle.verifier.snapshot.IndexSnapshot;
import org.sqlbundle.verifier.snapshot.PrimaryKeySnapshot;
import org.sqlbundle.verifier.snapshot.Snapshot;
import org.sqlbundle.verifier.snapshot.SyntheticNames;
import org.sqlbundle.verifier.snapshot.TableSnapshot;
import org.sqlbundle.verifier.snapshot.ViewSnapshot;

/**
 * What the model can't predict about a live schema, made equal on both sides before the diff, so the diff still
 * reports the object (present, absent, its other properties) but not the one property that can't be known:
 * <ul>
 *   <li>view bodies, everywhere: each database reprints the query its own way (PostgreSQL expands {@code *} and
 *       qualifies columns, MySQL rewrites it, SQLite rewrites it on RENAME COLUMN), so only presence is compared;</li>
 *   <li>check expressions, except on SQLite (which keeps the text the bundle wrote): the others store a
 *       rewritten expression ({@code IN} as {@code = ANY (ARRAY[...])}, added casts), so only the name is compared;</li>
 *   <li>the name of a primary key the model leaves unnamed: the database generates it from the table's name at
 *       creation time, which a later rename_table does not change;</li>
 *   <li>SQLite enum checks are keyed by their expression: the renderer names them after the table, and a
 *       rename_table keeps the old name until the next table rebuild;</li>
 *   <li>MySQL/MariaDB: a plain index that is not in the model; InnoDB leaves the index it made for a foreign key
 *       behind when the key is dropped, under the key's name.</li>
 * </ul>
 */
final class BlindSpots {

    static final String NOT_COMPARED = "(not compared)";

    private BlindSpots() {
    }

    static Snapshot maskExpected(Snapshot expected, Dialect dialect) {
        return mask(expected, dialect, t -> t);
    }

    static Snapshot maskActual(Snapshot actual, Snapshot expected, Dialect dialect) {
        return mask(actual, dialect, t -> {
            TableSnapshot model = expected.tables().get(t.name());
            if (model == null) {
                return t;
            }
            TableSnapshot out = t;
            if (model.primaryKey().isPresent() && model.primaryKey().get().name().isEmpty()) {
                out = withPrimaryKey(out, out.primaryKey().map(k -> new PrimaryKeySnapshot(Optional.empty(), k.columns())));
            }
            if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
                SortedMap<String, IndexSnapshot> indexes = new TreeMap<>(out.indexes());
                indexes.values().removeIf(i -> !i.unique() && !model.indexes().containsKey(i.name()));
                out = withIndexes(out, indexes);
            }
            return out;
        });
    }

    private static Snapshot mask(Snapshot s, Dialect dialect, UnaryOperator<TableSnapshot> perTable) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        s.tables().forEach((name, t) -> tables.put(name, withChecks(perTable.apply(t), checks(t, dialect))));
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        s.views().forEach((name, v) -> views.put(name, new ViewSnapshot(name, NOT_COMPARED)));
        return new Snapshot(tables, s.enums(), views, s.versionRows());
    }

    private static SortedMap<String, CheckSnapshot> checks(TableSnapshot t, Dialect dialect) {
        SortedMap<String, CheckSnapshot> out = new TreeMap<>();
        for (CheckSnapshot c : t.checks().values()) {
            CheckSnapshot masked = dialect == Dialect.SQLITE ? sqliteEnumByExpression(c)
                    : new CheckSnapshot(c.name(), NOT_COMPARED);
            out.put(masked.name(), masked);
        }
        return out;
    }

    private static CheckSnapshot sqliteEnumByExpression(CheckSnapshot c) {
        boolean enumCheck = c.name().startsWith(SqliteProjection.ENUM_CHECK_PREFIX)
                && c.name().endsWith(SqliteProjection.ENUM_CHECK_SUFFIX);
        return enumCheck ? new CheckSnapshot(SyntheticNames.check(c.expression()), c.expression()) : c;
    }

    private static TableSnapshot withPrimaryKey(TableSnapshot t, Optional<PrimaryKeySnapshot> key) {
        return new TableSnapshot(t.name(), t.columns(), t.columnOrder(), key, t.foreignKeys(), t.uniques(), t.checks(),
                t.indexes());
    }

    private static TableSnapshot withIndexes(TableSnapshot t, SortedMap<String, IndexSnapshot> indexes) {
        return new TableSnapshot(t.name(), t.columns(), t.columnOrder(), t.primaryKey(), t.foreignKeys(), t.uniques(),
                t.checks(), indexes);
    }

    private static TableSnapshot withChecks(TableSnapshot t, SortedMap<String, CheckSnapshot> checks) {
        return new TableSnapshot(t.name(), t.columns(), t.columnOrder(), t.primaryKey(), t.foreignKeys(), t.uniques(),
                checks, t.indexes());
    }
}
