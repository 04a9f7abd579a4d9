package org.sqlbundle.compiler;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;

/** The five dialects, keyed by their CLI name; the one place that maps them to jOOQ's {@link SQLDialect}. */
public enum Dialect {
    POSTGRESQL("postgresql", SQLDialect.POSTGRES),
    MYSQL("mysql", SQLDialect.MYSQL),
    MARIADB("mariadb", SQLDialect.MARIADB),
    SQLITE("sqlite", SQLDialect.SQLITE),
    H2("h2", SQLDialect.H2);

    /**
     * The name used on the command line, in sqlbundle.yaml and in bundle directory names, such as {@code postgresql}.
     */
    public final String cliName;
    /** The jOOQ dialect that renders this one's SQL. */
    public final SQLDialect jooq;

    Dialect(String cliName, SQLDialect jooq) {
        this.cliName = cliName;
        this.jooq = jooq;
    }

    /**
     * The dialect with this CLI name, ignoring case and surrounding blanks ({@code postgres} and {@code pg} mean
     * PostgreSQL); throws {@link IllegalArgumentException} naming the known ones otherwise.
     */
    public static Dialect parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("postgres") || n.equals("pg")) {
            return POSTGRESQL;
        }
        for (Dialect d : values()) {
            if (d.cliName.equals(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + name + "'; expected one of " + names());
    }

    /** Parses a comma-separated list such as {@code postgresql,mysql}; {@code all} means every dialect. */
    public static List<Dialect> parseList(String list) {
        if (list.trim().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Dialect::parse).distinct().toList();
    }

    /** The CLI names of all dialects, comma-separated, for error messages and help. */
    public static String names() {
        return Arrays.stream(values()).map(d -> d.cliName).collect(Collectors.joining(", "));
    }

    /** MySQL and MariaDB: one catalog layout (information_schema), backslash escapes, InnoDB's foreign key indexes. */
    public boolean mysqlFamily() {
        return this == MYSQL || this == MARIADB;
    }

    /** The CLI name. */
    @Override
    public String toString() {
        return cliName;
    }
}
