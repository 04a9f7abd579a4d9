package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * The derived downgrade of drop_column on NOT NULL columns without a default, run on a table with rows:
 * it used to be refused by every database ("contains null values"); now the columns come back filled with
 * a placeholder, and the data round trip reports the dropped values as lost, in a step declared destructive.
 */
class NotNullColumnComesBackTest {

    static final Path DIR = ChainDataWalk.ROOT.resolve("verifier/src/test/resources/data-round-trip/not-null-drop");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "embedded-postgresql"})
    void downgradeRunsOnAPopulatedTable(String spec) throws Exception {
        try (Target t = Targets.open(spec, TargetOptions.defaults())) {
            assertPlaceholdersReported(ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    static void assertPlaceholdersReported(List<ChainDataWalk.Step> steps) {
        ChainDataWalk.Step up = steps.get(2);
        ChainDataWalk.Step down = steps.get(3);
        assertEquals(8, up.losses().size(), up.toString());
        assertTrue(up.losses().stream().allMatch(l -> l.description().startsWith("column dropped: 2 values lost")), up.toString());
        assertFalse(down.undeclaredLoss(), down.toString());
        assertEquals(8, down.losses().size(), down.toString());
        assertTrue(down.losses().contains(new DataLoss("t", Optional.of("n"),
                "2 values changed (now integer), e.g. expected '" + up.seeded().tables().get(0).rows().get(0).get("n").canonical()
                        + "', got '0'")), down.toString());
    }
}
