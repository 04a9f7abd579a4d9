package org.sqlbundle.verifier.internal.target;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.ConnectTimeouts;

/**
 * A scratch database on an existing PostgreSQL, MySQL or MariaDB server: {@code sqlbundle_scratch_<random>} is
 * created on open and dropped on close, so a shared server keeps nothing. A new PostgreSQL database copies
 * template1, so it is checked to be empty: a populated template would make every snapshot wrong.
 */
public final class JdbcUrlTarget implements Target {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Every scratch database's name starts so: {@link #cleanup} and docs/verifier.md find leftovers by it. */
    public static final String PREFIX = "sqlbundle_scratch_";

    private final ServerUrl server;
    private final ServerUrl scratch;
    private final String user;
    private final String password;
    private final boolean allowNonEmpty;
    private final Duration connectTimeout;
    private final Thread dropOnExit = new Thread(this::dropQuietly, "sqlbundle-drop-scratch");

    private JdbcUrlTarget(ServerUrl server, String scratchName, String user, String password, boolean allowNonEmpty,
                          Duration connectTimeout) {
        this.server = server;
        this.scratch = server.withDatabase(scratchName);
        this.user = user;
        this.password = password;
        this.allowNonEmpty = allowNonEmpty;
        this.connectTimeout = connectTimeout;
    }

    /** {@code user} and {@code password} may be null: then the URL's {@code user:password@} gives them. */
    public static JdbcUrlTarget open(String url, String user, String password, boolean allowNonEmpty) {
        return open(url, user, password, allowNonEmpty, ConnectTimeouts.DEFAULT);
    }

    public static JdbcUrlTarget open(String url, String user, String password, boolean allowNonEmpty,
                                     Duration connectTimeout) {
        ServerUrl server = ServerUrl.parse(url);
        String name = user != null ? user : server.user().orElseThrow(() -> SqlbundleException.badInput(
                "a jdbc: target needs a user: --user, $SQLBUNDLE_USER, 'user' in sqlbundle.yaml or user@host in "
                        + "the URL"));
        String secret = password != null ? password : server.password().orElse(null);
        Secrets.register(secret);
        return open(server, name, secret, allowNonEmpty, connectTimeout);
    }

    private static JdbcUrlTarget open(ServerUrl server, String user, String password, boolean allowNonEmpty,
                                      Duration connectTimeout) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        JdbcUrlTarget target = new JdbcUrlTarget(server, PREFIX + HexFormat.of().formatHex(bytes),
                user, password, allowNonEmpty, connectTimeout);
        // hooked before it exists: a SIGTERM at any moment from here on still drops it
        Runtime.getRuntime().addShutdownHook(target.dropOnExit);
        try {
            target.administer("CREATE DATABASE " + target.scratchDatabase());
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(target.dropOnExit);
            throw e;
        }
        int objects = target.countObjects();
        if (objects > 0 && !allowNonEmpty) {
            target.close();
            throw SqlbundleException.badInput("the new scratch database on " + server.describe() + " already holds "
                    + objects + " object(s), copied from the server's template; clean the template or allow a "
                    + "non-empty target");
        }
        return target;
    }

    public String scratchDatabase() {
        return scratch.database();
    }

    @Override
    public Dialect dialect() {
        return server.dialect();
    }

    @Override
    public Connection openConnection() {
        return DriverConnections.open(scratch.jdbcUrl(), user, password, describe(), connectTimeout);
    }

    @Override
    public String describe() {
        return scratch.describe();
    }

    /** The local client; the password travels in the environment (PGPASSWORD, MYSQL_PWD), not the arguments. */
    @Override
    public Optional<ClientCommand> clientCommand() {
        String port = String.valueOf(scratch.port());
        if (dialect() == Dialect.POSTGRESQL) {
            return Optional.of(ClientCommand.of(List.of("psql", "-h", scratch.host(), "-p", port, "-U", user,
                    "-d", scratch.database(), "-v", "ON_ERROR_STOP=1", "-X", "-q", "-w", "-f", "-"),
                    password == null ? Map.of() : Map.of("PGPASSWORD", password)));
        }
        String client = dialect() == Dialect.MYSQL ? "mysql" : "mariadb";
        return Optional.of(ClientCommand.of(List.of(client, "--protocol=TCP", "-h", scratch.host(), "-P", port,
                "-u" + user, scratch.database()), password == null ? Map.of() : Map.of("MYSQL_PWD", password)));
    }

    /** Another {@code sqlbundle_scratch_<random>} on the same server. */
    @Override
    public Target openFresh() {
        return open(server, user, password, allowNonEmpty, connectTimeout);
    }

    /** Drops the scratch database; idempotent, so the shutdown hook and the run may both call it. */
    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs now, and drops it (again: IF EXISTS) before the JVM exits
        }
    }

    private void drop() {
        String force = dialect() == Dialect.POSTGRESQL && postgresMajorVersion() >= 13 ? " WITH (FORCE)" : "";
        administer("DROP DATABASE IF EXISTS " + scratchDatabase() + force);
    }

    private void dropQuietly() {
        try {
            drop();
        } catch (RuntimeException e) {
            System.err.println("warning: could not drop scratch database " + scratchDatabase() + " on "
                    + server.describe() + " while exiting: " + Secrets.scrub(e.getMessage())
                    + "; remove it with 'sqlbundle verify --cleanup --target ...'");
        }
    }

    private void administer(String sql) {
        try (Connection admin = DriverConnections.open(server.jdbcUrl(), user, password, server.describe(),
                connectTimeout);
             java.sql.Statement s = admin.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "cannot run '" + sql + "' on "
                    + server.describe() + ": " + DriverConnections.scrub(e.getMessage(), password), e);
        }
    }

    private int postgresMajorVersion() {
        try (Connection admin = DriverConnections.open(server.jdbcUrl(), user, password, server.describe(),
                connectTimeout)) {
            return admin.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Drops the scratch databases a killed run left on the server of {@code url}: every {@code sqlbundle_scratch_*}
     * database nobody is connected to (a running verify holds a connection to its own). Returns their names.
     */
    public static List<String> cleanup(String url, String user, String password, Duration connectTimeout) {
        ServerUrl server = ServerUrl.parse(url);
        String name = user != null ? user : server.user().orElseThrow(() -> SqlbundleException.badInput(
                "a jdbc: target needs a user: --user, $SQLBUNDLE_USER, 'user' in sqlbundle.yaml or user@host in "
                        + "the URL"));
        String secret = password != null ? password : server.password().orElse(null);
        Secrets.register(secret);
        String pattern = "'" + PREFIX.replace("_", "\\_") + "%'";
        String sql = server.dialect() == Dialect.POSTGRESQL
                ? "SELECT datname FROM pg_database d WHERE datname LIKE " + pattern + " AND NOT EXISTS "
                        + "(SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname) ORDER BY datname"
                : "SELECT schema_name FROM information_schema.schemata s WHERE schema_name LIKE " + pattern
                        + " AND NOT EXISTS (SELECT 1 FROM information_schema.processlist p WHERE p.db = "
                        + "s.schema_name) ORDER BY schema_name";
        List<String> names = new java.util.ArrayList<>();
        try (Connection admin = DriverConnections.open(server.jdbcUrl(), name, secret, server.describe(),
                connectTimeout); java.sql.Statement s = admin.createStatement()) {
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String scratch : names) {
                s.execute("DROP DATABASE IF EXISTS " + scratch);
            }
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "cannot remove scratch databases "
                    + "on " + server.describe() + ": " + DriverConnections.scrub(e.getMessage(), secret), e);
        }
        return names;
    }

    /** Tables, views and sequences (and PostgreSQL enum types) outside the system schemas. */
    private int countObjects() {
        String sql = dialect() == Dialect.POSTGRESQL
                ? "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
                        + " AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r','v','m','S','p','f'))"
                        + " + (SELECT count(*) FROM pg_type WHERE typtype = 'e')"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = database()";
        try (Connection c = openConnection(); java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "cannot inspect "
                    + describe() + ": " + DriverConnections.scrub(e.getMessage(), password), e);
        }
    }
}
