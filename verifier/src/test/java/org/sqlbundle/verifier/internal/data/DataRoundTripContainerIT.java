package org.sqlbundle.verifier.internal.data;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * The data walks on postgres:15 and mariadb:10.11: the example chain with and without lbaas, the
 * NOT NULL drop_column downgrade on a populated table, and the undeclared-data-loss broken chain.
 */
@ExtendWith(RequiresDocker.class)
class DataRoundTripContainerIT {

    @Test
    void postgres15() throws Exception {
        try (Target t = Targets.open("postgresql", ContainerTargets.options(ContainerTestImages.POSTGRES))) {
            walkAll(t);
        }
    }

    @Test
    void mariadb1011() throws Exception {
        try (Target t = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            walkAll(t);
        }
    }

    private static void walkAll(Target t) throws Exception {
        ExampleChainDataWalkTest.assertLossesOnlyWhereDeclared(ChainDataWalk.walk(t, ExampleChainData.DIR, List.of("lbaas")));
        DatabaseReset.empty(t);
        ExampleChainDataWalkTest.assertLossesOnlyWhereDeclared(ChainDataWalk.walk(t, ExampleChainData.DIR, List.of()));
        DatabaseReset.empty(t);
        NotNullColumnComesBackTest.assertPlaceholdersReported(ChainDataWalk.walk(t, NotNullColumnComesBackTest.DIR, List.of()));
        DatabaseReset.empty(t);
        UndeclaredDataLossTest.assertUndeclaredTruncation(ChainDataWalk.walk(t, UndeclaredDataLossTest.DIR, List.of()));
        DatabaseReset.empty(t);
        TypesChainDataWalkTest.assertWalk(t.dialect(), ChainDataWalk.walk(t, TypesChainDataWalkTest.DIR, List.of()));
    }

    @AfterAll
    static void nothingLeft() throws Exception {
        LeftoverContainers.assertNone();
    }
}
