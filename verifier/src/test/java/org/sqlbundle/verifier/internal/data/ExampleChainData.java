package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

/** What the example chain's data walk must show on every dialect. */
final class ExampleChainData {

    static final Path DIR = ChainDataWalk.ROOT.resolve("examples/lbaas/revisions");

    private ExampleChainData() {
    }

    static void assertExpectedLosses(List<ChainDataWalk.Step> steps) {
        // each revision's destructive downgrade drops only what its upgrade created, after seeding: nothing seeded is lost
        for (ChainDataWalk.Step s : steps) {
            assertEquals(List.of(), s.losses(), s.toString());
        }
        // seeding happens before each revision, so the last revision's seed covers the tables before it, two rows each
        ChainDataWalk.Step last = steps.get(steps.size() - 1);
        assertTrue(last.seeded().tables().size() >= 13, "tables seeded before the last revision: " + last.seeded());
        assertEquals(2 * last.seeded().tables().size(), last.seeded().rowCount(), last.seeded().toString());
    }
}
