package org.sqlbundle.catalog.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.catalog.snapshot.CheckSnapshot;
import org.sqlbundle.catalog.snapshot.ColumnSnapshot;
import org.sqlbundle.catalog.snapshot.EnumSnapshot;
import org.sqlbundle.catalog.snapshot.ForeignKeySnapshot;
import org.sqlbundle.catalog.snapshot.IndexSnapshot;
import org.sqlbundle.catalog.snapshot.PrimaryKeySnapshot;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SqlText;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.catalog.snapshot.UniqueSnapshot;
import org.sqlbundle.catalog.snapshot.ViewSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.types.TypeTable;

/**
 * The compiler's model as one dialect's {@link org.sqlbundle.catalog.snapshot.SnapshotReader} would show it:
 * names folded as that database stores them, types and defaults in the spelling the reader normalises to,
 * constraints sorted the way that database keeps them. The spellings are written here from what the readers
 * print, not taken from the renderers, so a renderer that emits the wrong type is caught, not echoed.
 */
abstract class ModelProjection {

    static ModelProjection forDialect(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> new PostgresqlProjection();
            case H2 -> new H2Projection();
            case MYSQL, MARIADB -> new MysqlProjection(dialect);
            case SQLITE -> new SqliteProjection();
        };
    }

    /** The column type as the reader prints it, after {@link SqlText#type}. */
    /** The type as the dialect's catalog prints it: the dialect's row of the compiler's one type table. */
    String type(PortableType type, Schema schema) {
        return TypeTable.forDialect(dialect()).catalog(type, schema);
    }

    /** The default as the database prints it, before {@link SqlText#defaultValue}; autoincrement included. */
    abstract Optional<String> defaultText(Column column);

    /** The primary key's name as the reader reports it; empty where the dialect keeps none or generates it. */
    abstract Optional<String> primaryKeyName(Table table);

    /** A name as the database stores a quoted name (H2 folds all-upper-case names back). */
    String name(String name) {
        return name;
    }

    String action(ForeignKey.Action action) {
        return action.sql;
    }

    /** Unique constraints keyed as the reader keys them; MySQL adds unique indexes here. */
    List<UniqueSnapshot> uniques(Table table) {
        List<UniqueSnapshot> out = new ArrayList<>();
        for (UniqueConstraint u : table.uniques()) {
            out.add(new UniqueSnapshot(name(u.nameOn(dialect())), names(u.columns())));
        }
        return out;
    }

    List<IndexSnapshot> indexes(Table table) {
        List<IndexSnapshot> out = new ArrayList<>();
        for (Index i : table.indexes()) {
            out.add(new IndexSnapshot(name(i.nameOn(dialect())), names(i.columns()), i.unique()));
        }
        return out;
    }

    List<CheckSnapshot> checks(Table table, Schema schema) {
        List<CheckSnapshot> out = new ArrayList<>();
        for (CheckConstraint c : table.checks()) {
            out.add(new CheckSnapshot(name(c.nameOn(dialect())), SqlText.expression(c.expression())));
        }
        return out;
    }

    /** The table options the model states, keyed as the reader keys them; MySQL/MariaDB only. */
    SortedMap<String, String> options(Table table) {
        return new TreeMap<>();
    }

    /** Enum types that exist as objects of their own (PostgreSQL only). */
    SortedMap<String, EnumSnapshot> enums(Schema schema) {
        return new TreeMap<>();
    }

    final Snapshot project(Schema schema) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        for (Table t : schema.tables().values()) {
            tables.put(name(t.name()), table(t, schema));
        }
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        // view bodies are compared by presence only, see BlindSpots
        schema.views().values().forEach(v -> views.put(name(v.name()), new ViewSnapshot(name(v.name()), v.sqlFor(dialect()))));
        return new Snapshot(tables, enums(schema), views, List.of());
    }

    abstract Dialect dialect();

    private TableSnapshot table(Table t, Schema schema) {
        SortedMap<String, ColumnSnapshot> columns = new TreeMap<>();
        for (Column c : t.columns()) {
            columns.put(name(c.name()), new ColumnSnapshot(name(c.name()), SqlText.type(type(c.type(), schema)),
                    c.nullable(), defaultText(c).flatMap(SqlText::defaultValue)));
        }
        Optional<PrimaryKeySnapshot> key = t.primaryKey()
                .map(pk -> new PrimaryKeySnapshot(primaryKeyName(t).map(this::name), names(pk.columns())));
        SortedMap<String, ForeignKeySnapshot> fks = new TreeMap<>();
        for (ForeignKey f : t.foreignKeys()) {
            fks.put(name(f.nameOn(dialect())), new ForeignKeySnapshot(name(f.nameOn(dialect())), names(f.columns()), name(f.refTable()),
                    names(f.refColumns()), action(f.onDelete()), action(f.onUpdate())));
        }
        return new TableSnapshot(name(t.name()), columns, t.columns().stream().map(c -> name(c.name())).toList(), key,
                fks, byName(uniques(t), UniqueSnapshot::name), byName(checks(t, schema), CheckSnapshot::name),
                byName(indexes(t), IndexSnapshot::name), options(t));
    }

    final List<String> names(List<String> names) {
        return names.stream().map(this::name).toList();
    }

    private static <V> SortedMap<String, V> byName(List<V> items, java.util.function.Function<V, String> nameOf) {
        SortedMap<String, V> out = new TreeMap<>();
        items.forEach(i -> out.put(nameOf.apply(i), i));
        return out;
    }

    /** A string literal in standard SQL: single quotes, quotes doubled. */
    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
