package org.sqlbundle.verifier.internal.target;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;

/**
 * A throwaway PostgreSQL server (zonky's embedded binaries, no Docker) on 127.0.0.1 with trust authentication,
 * holding one scratch database. Close stops the server and deletes its data directory.
 */
public final class EmbeddedPostgresTarget implements Target {

    static final String SCRATCH_DATABASE = "sqlbundle_scratch";
    private static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private EmbeddedPostgresTarget(EmbeddedPostgres server) {
        this.server = server;
    }

    public static EmbeddedPostgresTarget start() {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
        EmbeddedPostgresTarget target = new EmbeddedPostgresTarget(server);
        try (Connection admin = DriverConnections.open(target.serverJdbcUrl(), USER, null, target.describe());
             java.sql.Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + SCRATCH_DATABASE);
        } catch (SQLException | RuntimeException e) {
            target.close();
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot create the scratch database on embedded PostgreSQL: " + e.getMessage(), e);
        }
        return target;
    }

    public int port() {
        return server.getPort();
    }

    /** The server's maintenance database, for callers that want to treat this server as an existing one. */
    public String serverJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
    }

    public String user() {
        return USER;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public Connection openConnection() {
        return DriverConnections.open("jdbc:postgresql://127.0.0.1:" + port() + "/" + SCRATCH_DATABASE,
                USER, null, describe());
    }

    @Override
    public String describe() {
        return "embedded postgresql on 127.0.0.1:" + port() + ", database " + SCRATCH_DATABASE;
    }

    @Override
    public Optional<ClientCommand> clientCommand() {
        return Optional.of(ClientCommand.of(List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(port()),
                "-U", USER, "-d", SCRATCH_DATABASE, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-w", "-f", "-"),
                Map.of()));
    }

    /** A second database on this server, dropped on its close; the server stays until this target closes. */
    @Override
    public Target openFresh() {
        return JdbcUrlTarget.open(serverJdbcUrl(), USER, null, false);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the server is stopping anyway; zonky also removes it at JVM exit
        }
    }
}
