package org.sqlbundle.verifier.target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * A parsed {@code jdbc:postgresql|mysql|mariadb://host[:port][/database][?params]} URL of an existing server.
 * {@code jdbc:mysql:} is connected through MariaDB Connector/J, the only MySQL-protocol driver on the classpath.
 */
record ServerUrl(Dialect dialect, String host, int port, String database, String params) {

    private static final Pattern URL =
            Pattern.compile("jdbc:(postgresql|mysql|mariadb)://([^/?,]+)(?:/([^?]*))?(?:\\?(.*))?");

    static ServerUrl parse(String url) {
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) {
            throw SqlbundleException.badInput("unsupported target URL '" + withoutParams(url)
                    + "'; expected jdbc:postgresql://host[:port]/db, jdbc:mysql://... or jdbc:mariadb://...");
        }
        Dialect dialect = Dialect.parse(m.group(1));
        String hostPort = m.group(2);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = colon < 0 ? defaultPort(dialect) : Integer.parseInt(hostPort.substring(colon + 1));
        String database = m.group(3) == null || m.group(3).isEmpty() ? defaultDatabase(dialect) : m.group(3);
        return new ServerUrl(dialect, host, port, database, m.group(4) == null ? "" : m.group(4));
    }

    ServerUrl withDatabase(String other) {
        return new ServerUrl(dialect, host, port, other, params);
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
