package org.sqlbundle.online;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.testcontainers.containers.JdbcDatabaseContainer;

/** The contract on a postgres:15 container, one new database per test; the container is removed afterwards. */
@ExtendWith(RequiresDocker.class)
class PostgresContainerMigratorIT extends MigratorContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static JdbcDatabaseContainer<?> server;

    @BeforeAll
    static void start() {
        server = ServerContainers.startPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        LeftoverContainers.removeAndAssertNone(server);
    }

    @Override
    Database freshDatabase() throws Exception {
        String name = "online_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(), server.getPassword());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return Database.of(urlOf(name), Optional.of(server.getUsername()), Optional.of(server.getPassword()),
                Optional.empty());
    }

    private static String urlOf(String database) {
        return "jdbc:postgresql://" + server.getHost() + ":" + server.getMappedPort(5432) + "/" + database;
    }

    @Override
    boolean failingRevisionIsRolledBack() {
        return true;
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        ServerContainers.assertWrongPasswordNotShown(urlOf(server.getDatabaseName()), server.getUsername());
    }
}
