package org.sqlbundle.catalog.expect;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.catalog.snapshot.CheckSnapshot;
import org.sqlbundle.catalog.snapshot.IndexSnapshot;
import org.sqlbundle.catalog.snapshot.PrimaryKeySnapshot;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SyntheticNames;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * The one normalisation every comparison applies, model against database and snapshot against snapshot alike, so
 * a name the database derives itself is never compared in one check and tolerated in another:
 * <ul>
 *   <li>a constraint name that looks database-derived ({@link SyntheticNames}) and that the model does not give
 *       becomes its synthetic name; a name the model gives is kept, however it looks;</li>
 *   <li>the name of a primary key the model leaves unnamed (PostgreSQL {@code t_pkey}, and {@code t_old_pkey}
 *       after a rebuild under another name; H2 {@code CONSTRAINT_xx});</li>
 *   <li>SQLite enum checks are keyed by expression: the renderer names them after the table, and a rename_table
 *       keeps the old name until the next rebuild;</li>
 *   <li>MySQL/MariaDB table options (engine, charset, collation) the model does not state;</li>
 *   <li>MySQL/MariaDB: the plain index InnoDB made for a foreign key the chain has had and dropped since, under the
 *       key's name (or, for a key the server named, the index name the model predicted) and on the key's columns
 *       (InnoDB keeps it); any other index the model lacks is reported.</li>
 * </ul>
 * {@code model} is the model projected for the dialect ({@link ExpectedSchema#projected}); {@code droppedKeys} the
 * foreign keys of every model up to this point ({@link #foreignKeysOf}).
 */
final class Tolerances {

    private Tolerances() {
    }

    /** {@code name(col,...)} of every foreign key in {@code schemas}, as {@code dialect} stores the names. */
    static Set<String> foreignKeysOf(Iterable<Schema> schemas, Dialect dialect) {
        Set<String> out = new HashSet<>();
        for (Schema s : schemas) {
            out.addAll(foreignKeysOfTables(s.tables().values(), dialect));
        }
        return out;
    }

    /** As {@link #foreignKeysOf}, of some tables. */
    static Set<String> foreignKeysOfTables(Iterable<Table> tables, Dialect dialect) {
        ModelProjection p = ModelProjection.forDialect(dialect);
        Set<String> out = new HashSet<>();
        for (Table t : tables) {
            for (ForeignKey f : t.foreignKeys()) {
                out.add(key(p.name(f.nameOn(dialect)), p.names(f.columns())));
                f.serverIndex().ifPresent(n -> out.add(key(p.name(n), p.names(f.columns()))));
            }
        }
        return out;
    }

    static Snapshot apply(Snapshot s, Snapshot model, Set<String> droppedKeys, Dialect dialect) {
        Snapshot named = SyntheticNames.apply(s, constraintNames(model));
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        named.tables().forEach((name, t) -> tables.put(name, table(t, model.tables().get(name), droppedKeys, dialect)));
        return new Snapshot(tables, named.enums(), named.views(), named.versionRows(), named.sequences());
    }

    private static TableSnapshot table(TableSnapshot t, TableSnapshot model, Set<String> droppedKeys, Dialect dialect) {
        Optional<PrimaryKeySnapshot> key = t.primaryKey();
        boolean modelNamesKey = model != null && model.primaryKey().flatMap(PrimaryKeySnapshot::name).isPresent();
        if (!modelNamesKey) {
            key = key.map(k -> new PrimaryKeySnapshot(Optional.empty(), k.columns()));
        }
        SortedMap<String, CheckSnapshot> checks = new TreeMap<>();
        for (CheckSnapshot c : t.checks().values()) {
            CheckSnapshot out = dialect == Dialect.SQLITE ? sqliteEnumByExpression(c) : c;
            checks.put(out.name(), out);
        }
        SortedMap<String, IndexSnapshot> indexes = new TreeMap<>(t.indexes());
        if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
            indexes.values().removeIf(i -> !i.unique() && (model == null || !model.indexes().containsKey(i.name()))
                    && droppedKeys.contains(key(i.name(), i.columns())));
        }
        // an option is compared only where the model states it: elsewhere the server's default is not the chain's
        SortedMap<String, String> options = new TreeMap<>(t.options());
        options.keySet().removeIf(k -> model == null || !model.options().containsKey(k));
        return new TableSnapshot(t.name(), t.columns(), t.columnOrder(), key, t.foreignKeys(), t.uniques(), checks,
                indexes, options);
    }

    private static CheckSnapshot sqliteEnumByExpression(CheckSnapshot c) {
        boolean enumCheck = c.name().startsWith(SqliteProjection.ENUM_CHECK_PREFIX)
                && c.name().endsWith(SqliteProjection.ENUM_CHECK_SUFFIX);
        return enumCheck ? new CheckSnapshot(SyntheticNames.check(c.expression()), c.expression()) : c;
    }

    private static Set<String> constraintNames(Snapshot model) {
        Set<String> names = new HashSet<>();
        for (TableSnapshot t : model.tables().values()) {
            t.primaryKey().flatMap(PrimaryKeySnapshot::name).ifPresent(names::add);
            names.addAll(t.foreignKeys().keySet());
            names.addAll(t.uniques().keySet());
            names.addAll(t.checks().keySet());
        }
        Set<String> lower = new HashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private static String key(String name, List<String> columns) {
        return (name + "(" + String.join(",", columns) + ")").toLowerCase(Locale.ROOT);
    }
}
