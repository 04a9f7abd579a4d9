package org.sqlbundle.online;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.online.internal.OnlineErrors;
import org.sqlbundle.runtime.ConnectTimeouts;

/**
 * Where a live database is: a JDBC URL plus optional user and password. The dialect follows from the URL;
 * {@code jdbc:mysql:} may be declared MariaDB and the other way round, nothing else. The password never
 * leaves this class: {@link #toString()} masks it, {@link #describe()} drops the URL's parameters (they may
 * hold one), and {@link #scrub} removes it from driver messages.
 */
public final class Database {

    private static final Pattern USER_INFO =
            Pattern.compile("(jdbc:(?:postgresql|mysql|mariadb)://)([^/?:@]*)(?::([^/?]*))?@([^@]*)", Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("jdbc:(postgresql|mysql|mariadb|sqlite|h2):.*", Pattern.DOTALL);

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Dialect dialect;
    private final Duration connectTimeout;

    private Database(String url, Optional<String> user, Optional<String> password, Dialect dialect,
                     Duration connectTimeout) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
        this.connectTimeout = connectTimeout;
    }

    /** The same database, with connecting and logging in bounded by {@code timeout} (zero: unbounded). */
    public Database withConnectTimeout(Duration timeout) {
        return new Database(url, user, password, dialect, timeout);
    }

    /** Parses {@code url}; {@code dialect} overrides the URL's only between MySQL and MariaDB. */
    public static Database of(String url, Optional<String> user, Optional<String> password,
                              Optional<Dialect> dialect) {
        String typed = url == null ? "" : url.trim();
        Secrets.registerUrl(typed);
        password.ifPresent(Secrets::register);
        // no driver here reads user:password@ in a server URL (MariaDB's takes it for the host): take it apart
        Matcher info = USER_INFO.matcher(typed);
        String trimmed = typed;
        if (info.matches()) {
            trimmed = info.group(1) + info.group(4);
            Optional<String> fromUrl = Optional.of(info.group(2));
            user = user.filter(u -> !u.isEmpty()).or(() -> fromUrl);
            Optional<String> secret = Optional.ofNullable(info.group(3));
            password = password.filter(p -> !p.isEmpty()).or(() -> secret);
        }
        Matcher m = SCHEME.matcher(trimmed);
        if (!m.matches()) {
            throw OnlineErrors.badInput("--url", "E070", "unsupported database URL '" + scheme(trimmed) + "...'",
                    "use jdbc:postgresql://host[:port]/db, jdbc:mysql://..., jdbc:mariadb://..., "
                            + "jdbc:sqlite:/path/file.db or jdbc:h2:/path/db");
        }
        Dialect fromUrl = Dialect.parse(m.group(1));
        Dialect chosen = dialect.orElse(fromUrl);
        if (chosen != fromUrl && !(chosen.mysqlFamily() && fromUrl.mysqlFamily())) {
            throw OnlineErrors.badInput("--dialect", "E071", "--dialect " + chosen + " does not match the "
                    + fromUrl + " URL", "leave --dialect out (the URL decides), or use it only to pick mysql or "
                    + "mariadb for a MySQL-protocol URL");
        }
        if (isPrivateMemory(fromUrl, trimmed)) {
            throw OnlineErrors.badInput("--url", "E070", "'" + withoutParams(trimmed) + "' is an in-memory database "
                    + "that disappears with this run's connection", "point --url at a database file or a server");
        }
        return new Database(trimmed, user.filter(u -> !u.isEmpty()), password.filter(p -> !p.isEmpty()), chosen,
                ConnectTimeouts.DEFAULT);
    }

    /**
     * SQLite memory (or, with no file name, temporary) databases and H2 memory databases that close with their
     * last connection vanish between the connections a run opens: nothing would be left migrated.
     */
    private static boolean isPrivateMemory(Dialect dialect, String url) {
        if (dialect == Dialect.SQLITE) {
            return url.contains(":memory:") || url.equals("jdbc:sqlite:");
        }
        return url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY=-1");
    }

    /** The dialect: as given to {@link #of}, or told by the URL. */
    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL as given; may hold a password in its parameters, so print {@link #describe()} instead. */
    public String url() {
        return url;
    }

    /** How long a SQLite connection waits for another writer (a URL's own busy_timeout wins). */
    static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;

    /** A password-free one-liner for messages: the URL without its parameters, and the user. */
    public String describe() {
        return withoutParams(url) + user.map(u -> " as " + u).orElse("");
    }

    /** A new connection; refused connections are INFRASTRUCTURE errors (E077) without the password. */
    public Connection open() {
        Properties props = new Properties();
        user.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        ConnectTimeouts.apply(props, driverUrl(), connectTimeout);
        if (dialect() == Dialect.SQLITE && !url.contains("busy_timeout")) {
            // another application writing the file makes SQLite answer "database is locked" at once; wait instead
            props.setProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
        }
        try {
            return DriverManager.getConnection(driverUrl(), props);
        } catch (SQLException e) {
            throw OnlineErrors.infrastructure(describe(), "E077", "cannot connect: " + scrub(e.getMessage()),
                    "check --url, --user and the password (SQLBUNDLE_PASSWORD), and that the server is running and "
                            + "answering" + (connectTimeout.isZero() ? "" : " (connecting may take up to "
                            + connectTimeout.toSeconds() + " s: --connect-timeout)"));
        }
    }

    /** MariaDB Connector/J is the one MySQL-protocol driver here; it takes jdbc:mariadb: URLs only. */
    private String driverUrl() {
        return url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
    }

    /** {@code text} without the password, whether it came from the option or from the URL (the one scrubber). */
    public String scrub(String text) {
        return Secrets.scrub(text);
    }

    /** Only {@code jdbc:<driver>:} of a URL not understood: the rest may hold credentials in any syntax. */
    private static String scheme(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? "" : url.substring(0, second + 1);
    }

    /** Without parameters and without {@code user:password@} (drivers here don't take it, some URLs carry it). */
    private static String withoutParams(String url) {
        String masked = url.replaceAll("//[^/@?;]*@", "//***@");
        int cut = masked.length();
        for (char c : new char[] {'?', ';'}) {
            int i = masked.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return cut == masked.length() ? masked : masked.substring(0, cut) + "?...";
    }

    /** The URL without parameters, the user, and the password masked. */
    @Override
    public String toString() {
        return "Database[" + describe() + ", password=" + password.map(p -> "***").orElse("(none)") + "]";
    }
}
