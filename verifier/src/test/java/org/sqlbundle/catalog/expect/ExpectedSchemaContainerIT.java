package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The model comparison on postgres:15 and mariadb:10.11: the example chain with and without its feature and
 * every op of the vocabulary and awkward names, step by step, one container per database emptied between walks.
 */
@ExtendWith(RequiresDocker.class)
class ExpectedSchemaContainerIT {

    @AfterAll
    static void noContainerLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void postgres15() throws Exception {
        walkAll("postgresql", ContainerTestImages.POSTGRES);
    }

    @Test
    void mariadb1011() throws Exception {
        walkAll("mariadb", ContainerTestImages.MARIADB);
    }

    private static void walkAll(String spec, String image) throws Exception {
        try (Target t = Targets.open(spec, ContainerTargets.options(image))) {
            for (List<String> features : List.of(List.of("lbaas"), List.<String>of())) {
                assertTrue(ModelWalk.exampleChain(t, features) > 0);
                SchemaReset.empty(t);
            }
            assertTrue(ModelWalk.vocabulary(t) > 0);
            SchemaReset.empty(t);
            assertTrue(ModelWalk.ops(t, AwkwardNamesScript.ops()) > 0);
            SchemaReset.empty(t);
            assertEquals(List.of(), List.copyOf(ModelWalk.snapshot(t).tables().keySet()), "the reset empties the database");
        }
    }
}
