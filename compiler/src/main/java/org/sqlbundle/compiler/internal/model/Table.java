package org.sqlbundle.compiler.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table with everything needed to recreate it: columns in order, keys, constraints and its indexes.
 * SQLite rebuilds and derived drop_table downgrades both read it.
 */
public record Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                    List<Index> indexes, Optional<String> comment, TableOptions options) {

    /** A table without MySQL/MariaDB options (the servers' defaults). */
    public Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<Index> indexes,
                 Optional<String> comment) {
        this(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, TableOptions.NONE);
    }

    public Table {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    // plain loops in the lookups: the model applies every op of a 10,000-revision chain, mostly before the JIT
    // has compiled anything, and a stream pipeline costs several times a loop there
    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean hasColumn(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Index> index(String indexName) {
        for (Index i : indexes) {
            if (i.name().equals(indexName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The kind of the named constraint, if the table has one by that name. */
    public Optional<String> constraintKind(String constraintName) {
        if (foreignKeys.stream().anyMatch(f -> f.name().equals(constraintName))) {
            return Optional.of("foreign key");
        }
        if (uniques.stream().anyMatch(u -> u.name().equals(constraintName))) {
            return Optional.of("unique constraint");
        }
        if (checks.stream().anyMatch(c -> c.name().equals(constraintName))) {
            return Optional.of("check constraint");
        }
        if (primaryKey.isPresent() && org.sqlbundle.compiler.internal.ops.PrimaryKeys.names(this, primaryKey.get(),
                constraintName)) {
            return Optional.of("primary key");
        }
        return Optional.empty();
    }

    /**
     * The name SQL for {@code dialect} gives the constraint the chain calls {@code constraintName} (its
     * {@code dialect_names:} entry, else the chain's name); the chain's name when the table has no such constraint.
     */
    public String constraintNameOn(String constraintName, org.sqlbundle.compiler.Dialect dialect) {
        for (ForeignKey f : foreignKeys) {
            if (f.name().equals(constraintName)) {
                return f.nameOn(dialect);
            }
        }
        for (UniqueConstraint u : uniques) {
            if (u.name().equals(constraintName)) {
                return u.nameOn(dialect);
            }
        }
        for (CheckConstraint c : checks) {
            if (c.name().equals(constraintName)) {
                return c.nameOn(dialect);
            }
        }
        return primaryKey.filter(pk -> !pk.name().isEmpty() && pk.name().equals(constraintName))
                .map(pk -> pk.nameOn(dialect)).orElse(constraintName);
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniques, checks,
                indexes.stream().map(i -> i.onTable(newName)).toList(), comment, options);
    }

    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, newOptions);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniques, checks, indexes, comment, options);
    }

    public Table mapColumn(String columnName, UnaryOperator<Column> change) {
        List<Column> mapped = new ArrayList<>(columns.size());
        for (Column c : columns) {
            mapped.add(c.name().equals(columnName) ? change.apply(c) : c);
        }
        return withColumns(mapped);
    }

    public Table withForeignKeys(List<ForeignKey> fks) {
        return new Table(name, columns, primaryKey, fks, uniques, checks, indexes, comment, options);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, foreignKeys, newUniques, checks, indexes, comment, options);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, newChecks, indexes, comment, options);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, newIndexes, comment, options);
    }

    public Table withPrimaryKey(Optional<PrimaryKey> pk) {
        return new Table(name, columns, pk, foreignKeys, uniques, checks, indexes, comment, options);
    }

    /** The table without the named constraint (primary key, foreign key, unique or check). */
    public Table withoutConstraint(String constraintName) {
        return new Table(name, columns, primaryKey.filter(pk -> !org.sqlbundle.compiler.internal.ops.PrimaryKeys.names(this,
                        pk, constraintName)),
                foreignKeys.stream().filter(f -> !f.name().equals(constraintName)).toList(),
                uniques.stream().filter(u -> !u.name().equals(constraintName)).toList(),
                checks.stream().filter(c -> !c.name().equals(constraintName)).toList(),
                indexes, comment, options);
    }

    public static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
