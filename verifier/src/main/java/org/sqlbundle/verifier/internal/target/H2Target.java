package org.sqlbundle.verifier.internal.target;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;

/**
 * An in-memory H2 database in H2's default (regular) mode, with a unique name so that parallel targets never
 * share one. DB_CLOSE_DELAY=-1 keeps it alive between connections; close() shuts it down, which drops it.
 */
public final class H2Target implements Target {

    private final String name;

    private H2Target(String name) {
        this.name = name;
    }

    public static H2Target create() {
        H2Target target = new H2Target("sqlbundle_" + UUID.randomUUID().toString().replace("-", ""));
        // fail now, not at first use, if H2 cannot start
        try (Connection first = target.openConnection()) {
            return target;
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot close the first connection to " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    private String url() {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    public Connection openConnection() {
        return DriverConnections.open(url(), "sa", "", describe());
    }

    @Override
    public String describe() {
        return "h2 in-memory database " + name;
    }

    @Override
    public Optional<ClientCommand> clientCommand() {
        return Optional.empty();
    }

    @Override
    public Target openFresh() {
        return create();
    }

    @Override
    public void close() {
        try (Connection c = openConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException | RuntimeException ignored) {
            // already shut down: nothing left to remove
        }
    }
}
