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

/**
 * The contract on a mariadb:10.11 container (root makes a new database per test): DDL commits by itself, so a
 * revision failing half-way reports which of its statements already ran.
 */
@ExtendWith(RequiresDocker.class)
class MariadbContainerMigratorIT extends MigratorContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static JdbcDatabaseContainer<?> server;

    @BeforeAll
    static void start() {
        server = ServerContainers.startMariadb();
    }

    @AfterAll
    static void stop() throws Exception {
        LeftoverContainers.removeAndAssertNone(server);
    }

    @Override
    Database freshDatabase() throws Exception {
        String name = "online_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(urlOf(""), "root", server.getPassword());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return Database.of(urlOf(name), Optional.of("root"), Optional.of(server.getPassword()), Optional.empty());
    }

    private static String urlOf(String database) {
        return ServerContainers.mariadbUrl(server, database);
    }

    @Override
    boolean failingRevisionIsRolledBack() {
        return false;
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        ServerContainers.assertWrongPasswordNotShown(urlOf(server.getDatabaseName()), "root");
    }

    @Test
    void aMysqlUrlDeclaredMariadbRunsTheSameWay() throws Exception {
        Database mariadb = freshDatabase();
        Database asMysqlUrl = Database.of(mariadb.url().replace("jdbc:mariadb:", "jdbc:mysql:"), Optional.of("root"),
                Optional.of(server.getPassword()), Optional.of(org.sqlbundle.compiler.Dialect.MARIADB));
        Migrator m = migrator(OnlineFixtures.example(), asMysqlUrl);
        m.migrate(MigrationTarget.by(org.sqlbundle.compiler.Range.Direction.UPGRADE, 3));
        assertAt(OnlineFixtures.example(), mariadb, 2);
    }
}
