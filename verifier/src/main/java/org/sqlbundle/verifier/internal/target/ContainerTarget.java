package org.sqlbundle.verifier.internal.target;

import java.sql.Connection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.TargetOptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * A database server in a fresh Docker container, started through Testcontainers; its own database is the scratch.
 * Every container carries the label {@value #LABEL}=true and {@value #RUN_LABEL}=&lt;the run's id&gt; (a random UUID unless
 * the caller gives one), so a run can tell its own containers from another run's on the same host. close() stops and
 * removes it; a shutdown hook does the same on Ctrl-C, so removal never depends on Ryuk (which a CI may disable).
 */
public final class ContainerTarget implements Target {

    public static final String LABEL = "org.sqlbundle.verifier";
    public static final String RUN_LABEL = "org.sqlbundle.verify.run";

    private final ContainerEngine engine;
    private final String image;
    private final JdbcDatabaseContainer<?> container;
    private final Thread shutdownHook;

    private ContainerTarget(ContainerEngine engine, String image, JdbcDatabaseContainer<?> container) {
        this.engine = engine;
        this.image = image;
        this.container = container;
        this.shutdownHook = new Thread(container::stop, "sqlbundle-container-stop");
    }

    public static ContainerTarget start(ContainerEngine engine, TargetOptions options) {
        String image = options.image().orElse(engine.defaultImage);
        requireDocker();
        // the name Testcontainers will ask Docker for (a configured registry mirror prefix included)
        LocalImages.require(ImageNameSubstitutor.instance().apply(DockerImageName.parse(image)).asCanonicalNameString());
        SortedMap<String, String> labels = new TreeMap<>(options.labels());
        labels.put(LABEL, "true");
        labels.putIfAbsent(RUN_LABEL, java.util.UUID.randomUUID().toString());
        JdbcDatabaseContainer<?> container = engine.newContainer(image);
        container.withLabels(labels);
        ContainerTarget target = new ContainerTarget(engine, image, container);
        Runtime.getRuntime().addShutdownHook(target.shutdownHook);
        try {
            container.start();
        } catch (RuntimeException e) {
            target.close();
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot start a " + engine.dialect + " container from image " + image + ": "
                            + DriverConnections.scrub(e.getMessage(), container.getPassword()), e);
        }
        return target;
    }

    private static void requireDocker() {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        if (!available) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "Docker is not available: container targets need a running Docker daemon "
                            + "(or use --target sqlite, h2, embedded-postgresql or a jdbc: URL)");
        }
    }

    public String containerId() {
        return container.getContainerId();
    }

    @Override
    public Dialect dialect() {
        return engine.dialect;
    }

    @Override
    public Connection openConnection() {
        return DriverConnections.open(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                describe());
    }

    @Override
    public String describe() {
        String id = containerId() == null ? "not started" : containerId().substring(0, 12);
        return engine.dialect + " container " + image + " (" + id + "), database " + container.getDatabaseName();
    }

    @Override
    public Optional<ClientCommand> clientCommand() {
        return Optional.of(engine.dockerExecClient(container, container.getDatabaseName()));
    }

    /** A second database inside this container, so a run starts one container however many databases it uses. */
    @Override
    public Target openFresh() {
        return ContainerScratchDatabase.create(engine, container, describe());
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to run and stops the container itself
        }
        container.stop();
    }
}
