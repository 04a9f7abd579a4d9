package org.sqlbundle.verifier.containers;

import java.util.UUID;
import org.sqlbundle.verifier.target.TargetOptions;

/** Image names for container tests in one place, and the label that marks this JVM's containers. */
public final class ContainerTestImages {

    public static final String POSTGRES = "postgres:15";
    public static final String MARIADB = "mariadb:10.11";

    public static final String RUN_LABEL = "org.sqlbundle.test-run";
    public static final String RUN_ID = UUID.randomUUID().toString();

    private ContainerTestImages() {
    }

    public static TargetOptions options(String image) {
        return TargetOptions.defaults().withImage(image).withLabel(RUN_LABEL, RUN_ID);
    }
}
