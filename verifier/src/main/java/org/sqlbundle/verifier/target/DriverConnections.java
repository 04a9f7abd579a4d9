package org.sqlbundle.verifier.target;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.source.SqlbundleException;

/** Opens JDBC connections and turns a refusal into an INFRASTRUCTURE error that names the target, not the password. */
final class DriverConnections {

    private static final String WORD = "[\\p{L}\\p{N}_]";

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

    /**
     * Drivers don't echo passwords, but a message is cheap to scrub and a leaked one is not. Only the password as a
     * whole token is masked: a password that is also part of a word ('test' in org.testcontainers) leaves the word.
     */
    static String scrub(String message, String password) {
        String text = String.valueOf(message);
        if (password == null || password.isEmpty()) {
            return text;
        }
        // a boundary is asked for only where the password itself begins or ends with a word character
        String before = isWordChar(password.codePointAt(0)) ? "(?<!" + WORD + ")" : "";
        String after = isWordChar(password.codePointBefore(password.length())) ? "(?!" + WORD + ")" : "";
        return Pattern.compile(before + Pattern.quote(password) + after).matcher(text).replaceAll("***");
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
