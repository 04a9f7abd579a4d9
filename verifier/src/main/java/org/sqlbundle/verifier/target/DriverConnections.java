package org.sqlbundle.verifier.target;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlbundle.compiler.source.SqlbundleException;

/** Opens JDBC connections and turns a refusal into an INFRASTRUCTURE error that names the target, not the password. */
final class DriverConnections {

    private DriverConnections() {
    }

    static Connection open(String url, String user, String password, String description) {
        Properties props = new Properties();
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
                    "cannot connect to " + description + ": " + scrub(e.getMessage(), password), e);
        }
    }

    /** Drivers don't echo passwords, but a message is cheap to scrub and a leaked one is not. */
    static String scrub(String message, String password) {
        String text = String.valueOf(message);
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }
}
