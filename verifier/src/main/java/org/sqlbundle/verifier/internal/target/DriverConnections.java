package org.sqlbundle.verifier.internal.target;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.ConnectTimeouts;

/** Opens JDBC connections and turns a refusal into an INFRASTRUCTURE error that names the target, not the password. */
final class DriverConnections {

    private static final String WORD = "[\\p{L}\\p{N}_]";

    private DriverConnections() {
    }

    static Connection open(String url, String user, String password, String description) {
        return open(url, user, password, description, ConnectTimeouts.DEFAULT);
    }

    /** A server that does not answer within {@code timeout} is an INFRASTRUCTURE error too. */
    static Connection open(String url, String user, String password, String description, Duration timeout) {
        Properties props = new Properties();
        ConnectTimeouts.apply(props, url, timeout);
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot connect to " + description + ": " + scrub(e.getMessage(), password)
                            + (timeout.isZero() ? "" : " (connecting may take up to " + timeout.toSeconds()
                            + " s: --connect-timeout)"), e);
        }
    }

    /** Drivers echo URLs (user info and parameters included): every message goes through the one scrubber. */
    static String scrub(String message, String password) {
        String out = Secrets.scrub(message);
        return password == null || password.isEmpty() ? out : Secrets.maskToken(out, password);
    }
}
