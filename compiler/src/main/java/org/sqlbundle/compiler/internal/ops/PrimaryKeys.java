package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * How a primary key is named where the chain did not name it: PostgreSQL calls it {@code <table>_pkey} and
 * MySQL/MariaDB always {@code PRIMARY}, and Alembic chains drop it by one of those; both name the unnamed key.
 */
public final class PrimaryKeys {

    public static final String POSTGRESQL_SUFFIX = "_pkey";
    public static final String MYSQL_NAME = "PRIMARY";

    private PrimaryKeys() {
    }

    /** Whether {@code name} names the table's primary key: its own name, or a server's name for an unnamed one. */
    public static boolean names(Table table, PrimaryKey pk, String name) {
        return pk.name().isEmpty() ? name.equals(table.name() + POSTGRESQL_SUFFIX) || name.equals(MYSQL_NAME)
                : pk.name().equals(name);
    }

    /** The name a drop_constraint of the table's key is written with. */
    static String dropName(Table table) {
        return table.primaryKey().map(PrimaryKey::name).filter(n -> !n.isEmpty())
                .orElse(table.name() + POSTGRESQL_SUFFIX);
    }

    /** The name PostgreSQL drops the key by: its name there, else PostgreSQL's {@code <table>_pkey}. */
    public static String serverName(Table table, org.sqlbundle.compiler.Dialect dialect) {
        return table.primaryKey().map(pk -> pk.nameOn(dialect)).filter(n -> !n.isEmpty())
                .orElse(table.name() + POSTGRESQL_SUFFIX);
    }

    /** The table's primary key if {@code name} names it. */
    public static Optional<PrimaryKey> named(Table table, String name) {
        return table.primaryKey().filter(pk -> names(table, pk, name));
    }
}
