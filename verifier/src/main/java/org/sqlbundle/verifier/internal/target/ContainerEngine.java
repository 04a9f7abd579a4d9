package org.sqlbundle.verifier.internal.target;

import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The database servers a {@link ContainerTarget} can run: default image, the official image a custom one must be
 * compatible with, and the client inside the image that replays scripts.
 */
public enum ContainerEngine {
    POSTGRESQL(Dialect.POSTGRESQL, "postgres:15", "postgres"),
    MARIADB(Dialect.MARIADB, "mariadb:10.11", "mariadb"),
    MYSQL(Dialect.MYSQL, "mysql:8.0", "mysql");

    public final Dialect dialect;
    public final String defaultImage;
    private final String officialImage;

    ContainerEngine(Dialect dialect, String defaultImage, String officialImage) {
        this.dialect = dialect;
        this.defaultImage = defaultImage;
        this.officialImage = officialImage;
    }

    JdbcDatabaseContainer<?> newContainer(String image) {
        // asCompatibleSubstituteFor: a locally built or mirrored image passes Testcontainers' name check
        DockerImageName name = DockerImageName.parse(image).asCompatibleSubstituteFor(officialImage);
        switch (this) {
            case POSTGRESQL:
                return new PostgreSQLContainer(name);
            case MARIADB:
                return new MariaDBContainer(name);
            case MYSQL:
                return new MysqlContainerOnMariadbDriver(name);
            default:
                throw new IllegalStateException("no container for " + this);
        }
    }

    /**
     * {@code docker exec -i} of the client inside {@code container}, on {@code database}: Testcontainers'
     * execInContainer cannot feed stdin, the docker CLI can.
     */
    ClientCommand dockerExecClient(JdbcDatabaseContainer<?> container, String database) {
        List<String> argv = new java.util.ArrayList<>(List.of("docker", "exec", "-i"));
        java.util.Map<String, String> env = java.util.Map.of();
        if (this != POSTGRESQL) {
            // "-e MYSQL_PWD" with no value copies it from the docker CLI's environment: not visible in ps
            argv.addAll(List.of("-e", "MYSQL_PWD"));
            env = java.util.Map.of("MYSQL_PWD", container.getPassword());
        }
        argv.add(container.getContainerId());
        argv.addAll(clientArgs(container.getUsername(), database));
        return ClientCommand.of(argv, env);
    }

    /** The client command inside the container, reading the script on stdin. */
    private List<String> clientArgs(String user, String database) {
        switch (this) {
            case POSTGRESQL:
                return List.of("psql", "-U", user, "-d", database, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-f", "-");
            case MARIADB:
                return List.of("mariadb", "-u" + user, database);
            case MYSQL:
                return List.of("mysql", "-u" + user, database);
            default:
                throw new IllegalStateException("no client for " + this);
        }
    }
}
