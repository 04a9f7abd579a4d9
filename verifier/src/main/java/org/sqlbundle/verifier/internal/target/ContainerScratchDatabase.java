package org.sqlbundle.verifier.internal.target;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * An extra database {@code sqlbundle_scratch_<random>} inside a running {@link ContainerTarget}'s server, for a
 * second fresh database without a second container. PostgreSQL's container user is a superuser; on MySQL and
 * MariaDB root (same password, as Testcontainers sets it) creates the database and grants it to the container user,
 * so connections and the client run as the same user as on the container's own database. Dropped on close; the
 * container's removal takes it too.
 */
final class ContainerScratchDatabase implements Target {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]*)(.*)$");

    private final ContainerEngine engine;
    private final JdbcDatabaseContainer<?> container;
    private final String database;
    private final String server;

    private ContainerScratchDatabase(ContainerEngine engine, JdbcDatabaseContainer<?> container, String database,
                                     String server) {
        this.engine = engine;
        this.container = container;
        this.database = database;
        this.server = server;
    }

    static ContainerScratchDatabase create(ContainerEngine engine, JdbcDatabaseContainer<?> container, String server) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        ContainerScratchDatabase db = new ContainerScratchDatabase(engine, container,
                "sqlbundle_scratch_" + HexFormat.of().formatHex(bytes), server);
        db.administer("CREATE DATABASE " + db.database);
        if (engine != ContainerEngine.POSTGRESQL) {
            db.administer("GRANT ALL PRIVILEGES ON " + db.database + ".* TO '" + container.getUsername() + "'@'%'");
        }
        return db;
    }

    @Override
    public Dialect dialect() {
        return engine.dialect;
    }

    @Override
    public Connection openConnection() {
        return DriverConnections.open(urlFor(database), container.getUsername(), container.getPassword(), describe());
    }

    @Override
    public String describe() {
        return server.replaceFirst(", database .*$", "") + ", database " + database;
    }

    @Override
    public Optional<ClientCommand> clientCommand() {
        return Optional.of(engine.dockerExecClient(container, database));
    }

    @Override
    public Target openFresh() {
        return create(engine, container, server);
    }

    @Override
    public void close() {
        if (!container.isRunning()) {
            return;
        }
        administer("DROP DATABASE IF EXISTS " + database + (engine == ContainerEngine.POSTGRESQL ? " WITH (FORCE)" : ""));
    }

    private void administer(String sql) {
        boolean postgres = engine == ContainerEngine.POSTGRESQL;
        String user = postgres ? container.getUsername() : "root";
        try (Connection admin = DriverConnections.open(urlFor(container.getDatabaseName()), user,
                container.getPassword(), server);
             java.sql.Statement s = admin.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "cannot run '" + sql + "' on "
                    + server + ": " + DriverConnections.scrub(e.getMessage(), container.getPassword()), e);
        }
    }

    private String urlFor(String name) {
        Matcher m = DATABASE_IN_URL.matcher(container.getJdbcUrl());
        if (!m.matches()) {
            throw new IllegalStateException("unexpected container JDBC URL shape");
        }
        return m.group(1) + name + m.group(3);
    }
}
