package org.sqlbundle.compiler.internal.render;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: one real PostgreSQL server per test class (zonky's embedded binaries, offline), on
 * 127.0.0.1. Register it with {@code @RegisterExtension static final EmbeddedPostgresServer PG = ...}.
 */
public final class EmbeddedPostgresServer implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
    }

    public int port() {
        return server.getPort();
    }

    /** A connection to database {@code postgres} whose public schema was just emptied. */
    public Connection freshConnection() throws SQLException {
        Connection c = server.getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
        return c;
    }

    /** The running server, for connections that must not reset the schema. */
    public EmbeddedPostgres server() {
        if (server == null) {
            throw new IllegalStateException("the embedded PostgreSQL server is not started (register the extension)");
        }
        return server;
    }
}
