package org.sqlbundle.verifier.example;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.example.ExampleChainRoundTrip.Mode;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/** The example chain up, down and up again on postgres:15 and mariadb:10.11, through JDBC and the clients. */
@ExtendWith(RequiresDocker.class)
class ExampleChainContainerIT {

    @TempDir
    Path work;

    @Test
    void postgres15ThroughJdbcAndPsql() throws Exception {
        try (Target t = Targets.open("postgresql", ContainerTargets.options(ContainerTestImages.POSTGRES))) {
            ExampleChainRoundTrip.run(t, Mode.JDBC, work);
        }
        try (Target t = Targets.open("postgresql", ContainerTargets.options(ContainerTestImages.POSTGRES))) {
            ExampleChainRoundTrip.run(t, Mode.CLIENT, work);
        }
    }

    @Test
    void mariadb1011ThroughJdbcAndTheMariadbClient() throws Exception {
        try (Target t = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            ExampleChainRoundTrip.run(t, Mode.JDBC, work);
        }
        try (Target t = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            ExampleChainRoundTrip.run(t, Mode.CLIENT, work);
        }
    }

    @Test
    void mariadbGuardRefusesASecondRun() throws Exception {
        try (Target t = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            ExampleChainRoundTrip.guardRefusesSecondRun(t, Mode.CLIENT, work);
        }
    }
}
