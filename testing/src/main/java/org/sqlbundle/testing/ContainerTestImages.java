package org.sqlbundle.testing;

import java.util.UUID;

/** Image names for container tests in one place, and the label that marks this JVM's containers. */
public final class ContainerTestImages {

    public static final String POSTGRES = "postgres:15";
    public static final String MARIADB = "mariadb:10.11";

    public static final String RUN_LABEL = "org.sqlbundle.test-run";
    public static final String RUN_ID = UUID.randomUUID().toString();

    private ContainerTestImages() {
    }
}
