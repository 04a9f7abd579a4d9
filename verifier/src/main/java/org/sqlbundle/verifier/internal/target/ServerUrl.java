package org.sqlbundle.verifier.internal.target;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SqlbundleException;

/**
 * A parsed {@code jdbc:postgresql|mysql|mariadb://host[:port][/database][?params]} URL of an existing server.
 * {@code jdbc:mysql:} is connected through MariaDB Connector/J, the only MySQL-protocol driver on the classpath.
 */
record ServerUrl(Dialect dialect, String host, int port, String database, String params, Optional<String> user,
                 Optional<String> password) {

    /** {@code user[:password]@} is taken apart here: neither driver reads it, and it must never be printed. */
    private static final Pattern URL = Pattern.compile(
            "jdbc:(postgresql|mysql|mariadb)://(?:([^/?:@]*)(?::([^/?]*))?@)?([^/?,@]+)(?:/([^?]*))?(?:\\?(.*))?");

    static ServerUrl parse(String url) {
        Secrets.registerUrl(url);
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) {
            throw SqlbundleException.badInput("unsupported target URL '" + Secrets.scrub(withoutParams(url))
                    + "'; expected jdbc:postgresql://[user[:password]@]host[:port]/db, jdbc:mysql://... or "
                    + "jdbc:mariadb://...");
        }
        Dialect dialect = Dialect.parse(m.group(1));
        Optional<String> user = Optional.ofNullable(m.group(2)).filter(u -> !u.isEmpty());
        Optional<String> password = Optional.ofNullable(m.group(3)).filter(p -> !p.isEmpty());
        String hostPort = m.group(4);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port;
        try {
            port = colon < 0 ? defaultPort(dialect) : Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw SqlbundleException.badInput("the port of target URL '" + Secrets.scrub(withoutParams(url))
                    + "' is not a number");
        }
        String database = m.group(5) == null || m.group(5).isEmpty() ? defaultDatabase(dialect) : m.group(5);
        return new ServerUrl(dialect, host, port, database, m.group(6) == null ? "" : m.group(6), user, password);
    }

    ServerUrl withDatabase(String other) {
        return new ServerUrl(dialect, host, port, other, params, user, password);
    }

    String jdbcUrl() {
        String scheme = dialect == Dialect.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
        return scheme + host + ":" + port + "/" + database + (params.isEmpty() ? "" : "?" + params);
    }

    /** No parameters: they may hold a password. */
    String describe() {
        return dialect + " server " + host + ":" + port + ", database " + database;
    }

    private static int defaultPort(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? 5432 : 3306;
    }

    /** MySQL needs no database to connect; PostgreSQL connects to its maintenance database. */
    private static String defaultDatabase(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? "postgres" : "";
    }

    private static String withoutParams(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }
}
