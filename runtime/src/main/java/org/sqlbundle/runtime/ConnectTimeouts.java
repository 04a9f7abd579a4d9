package org.sqlbundle.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * How long opening a connection may take, per driver, so a server that accepts TCP but never answers fails the
 * run instead of hanging it. Only connecting and logging in are bounded: a socket timeout would also cut a long
 * ALTER TABLE. A setting already in the URL wins. SQLite and H2 open files: nothing to bound.
 */
public final class ConnectTimeouts {

    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private ConnectTimeouts() {
    }

    /** Adds the driver's connect and login timeouts for {@code timeout} to {@code props}; zero means none. */
    public static void apply(Properties props, String jdbcUrl, Duration timeout) {
        if (timeout.isZero()) {
            return;
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            // connectTimeout bounds the TCP connect, loginTimeout everything up to a usable connection
            String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
            putUnlessInUrl(props, lower, "connectTimeout", seconds);
            putUnlessInUrl(props, lower, "loginTimeout", seconds);
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            // Connector/J 3 bounds the connect and the handshake's reads with connectTimeout (milliseconds)
            putUnlessInUrl(props, lower, "connectTimeout", String.valueOf(timeout.toMillis()));
        }
    }

    private static void putUnlessInUrl(Properties props, String lowerUrl, String key, String value) {
        if (!lowerUrl.contains(key.toLowerCase(Locale.ROOT) + "=")) {
            props.setProperty(key, value);
        }
    }
}
