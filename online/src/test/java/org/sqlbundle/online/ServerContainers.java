package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.testing.ContainerTestImages;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Server containers for the online ITs, labelled with this run's label so {@code LeftoverContainers.removeAndAssertNone} can prove
 * they were removed. The password is one no message may ever show.
 */
final class ServerContainers {

    static final String PASSWORD = "Online-Secret-7731";

    private ServerContainers() {
    }

    /** A started postgres:15 look-alike; the class's @AfterAll hands it to LeftoverContainers.removeAndAssertNone. */
    static JdbcDatabaseContainer<?> startPostgres() {
        DockerImageName image = DockerImageName.parse(ContainerTestImages.POSTGRES).asCompatibleSubstituteFor("postgres");
        return started(new PostgreSQLContainer(image).withPassword(PASSWORD));
    }

    /** A started mariadb:10.11 look-alike, removed the same way. */
    static JdbcDatabaseContainer<?> startMariadb() {
        DockerImageName image = DockerImageName.parse(ContainerTestImages.MARIADB).asCompatibleSubstituteFor("mariadb");
        return started(new MariaDBContainer(image).withPassword(PASSWORD));
    }

    /** A URL for {@code database} on the mariadb container, which its root user may create. */
    static String mariadbUrl(JdbcDatabaseContainer<?> server, String database) {
        return "jdbc:mariadb://" + server.getHost() + ":" + server.getMappedPort(3306) + "/" + database;
    }

    private static JdbcDatabaseContainer<?> started(JdbcDatabaseContainer<?> container) {
        container.withLabels(Map.of(ContainerTestImages.RUN_LABEL, ContainerTestImages.RUN_ID));
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop(); // the class never holds it, so its @AfterAll can't remove it
            throw e;
        }
        return container;
    }

    /** A wrong password is refused (E077, exit 3) and neither it nor the right one shows in the message. */
    static void assertWrongPasswordNotShown(String url, String user) {
        String wrong = "Wrong-" + PASSWORD;
        Database db = Database.of(url, Optional.of(user), Optional.of(wrong), Optional.empty());
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> new Migrator(OnlineFixtures.example(), db, MigratorContract.LONG_WAIT, MigrationListener.NONE)
                        .current());
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
        assertTrue(e.getMessage().contains("E077"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        // the same wrong password as user:password@ in the URL, as a DBA would paste it
        String withUserInfo = url.replaceFirst("//", "//" + user + ":" + wrong + "@");
        Database inUrl = Database.of(withUserInfo, Optional.empty(), Optional.empty(), Optional.empty());
        SqlbundleException refused = assertThrows(SqlbundleException.class,
                () -> new Migrator(OnlineFixtures.example(), inUrl, MigratorContract.LONG_WAIT,
                        MigrationListener.NONE).current());
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, refused.kind());
        assertTrue(refused.getMessage().contains("E077") && refused.getMessage().contains("as " + user),
                refused.getMessage());
        assertFalse(refused.getMessage().contains(PASSWORD), refused.getMessage());
        assertFalse(org.sqlbundle.errors.Secrets.scrub(refused.getMessage()).contains(PASSWORD));
    }
}
