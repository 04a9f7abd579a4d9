package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * examples/lbaas walked revision by revision with seeded rows on SQLite, H2 and embedded PostgreSQL,
 * with and without the lbaas feature: every upgrade and downgrade runs on populated tables, and data is
 * lost only where the step says so.
 */
class ExampleChainDataWalkTest {

    @Test
    void sqlite() throws Exception {
        for (List<String> features : List.of(List.of("lbaas"), List.<String>of())) {
            try (Target t = SqliteTarget.create()) {
                assertLossesOnlyWhereDeclared(ChainDataWalk.walk(t, ExampleChainData.DIR, features));
            }
        }
    }

    @Test
    void h2() throws Exception {
        for (List<String> features : List.of(List.of("lbaas"), List.<String>of())) {
            try (Target t = H2Target.create()) {
                assertLossesOnlyWhereDeclared(ChainDataWalk.walk(t, ExampleChainData.DIR, features));
            }
        }
    }

    @Test
    void embeddedPostgresql() throws Exception {
        try (Target t = EmbeddedPostgresTarget.start()) {
            assertLossesOnlyWhereDeclared(ChainDataWalk.walk(t, ExampleChainData.DIR, List.of("lbaas")));
        }
        try (Target t = EmbeddedPostgresTarget.start()) {
            assertLossesOnlyWhereDeclared(ChainDataWalk.walk(t, ExampleChainData.DIR, List.of()));
        }
    }

    static void assertLossesOnlyWhereDeclared(List<ChainDataWalk.Step> steps) {
        assertFalse(steps.isEmpty());
        for (ChainDataWalk.Step s : steps) {
            assertFalse(s.undeclaredLoss(), "data lost in a step not declared destructive: " + s);
            assertTrue(s.seeded().skipped().isEmpty(), "every table seeded: " + s.seeded());
        }
        ExampleChainData.assertExpectedLosses(steps);
    }
}
