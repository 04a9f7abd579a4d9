package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The data-round-trip/types chain walked with data: every portable type seeded, renames and widening lose
 * nothing, drop_column / drop_table / narrowing alter_column report exactly what they lose.
 */
class TypesChainDataWalkTest {

    static final Path DIR = ChainDataWalk.ROOT.resolve("verifier/src/test/resources/data-round-trip/types/revisions");

    @Test
    void sqlite() throws Exception {
        try (Target t = SqliteTarget.create()) {
            assertWalk(t.dialect(), ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    @Test
    void h2() throws Exception {
        try (Target t = H2Target.create()) {
            assertWalk(t.dialect(), ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    @Test
    void embeddedPostgresql() throws Exception {
        try (Target t = EmbeddedPostgresTarget.start()) {
            assertWalk(t.dialect(), ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    static void assertWalk(Dialect dialect, List<ChainDataWalk.Step> steps) {
        assertEquals(10, steps.size());
        steps.forEach(s -> {
            assertTrue(s.seeded().skipped().isEmpty(), "every table seeded: " + s.seeded());
            assertFalse(s.undeclaredLoss(), s.toString());
        });
        assertEquals(12, steps.get(2).seeded().rowCount(), "two rows in each of the six tables: " + steps.get(2).seeded());

        assertEquals(List.of(), steps.get(2).losses(), "renames, widening and a new column lose nothing");
        assertEquals(List.of(), steps.get(3).losses(), "undoing them loses nothing");

        DataLoss dropped = only(steps.get(4).losses());
        assertEquals(new DataLoss("allthings", Optional.of("note"), dropped.description()), dropped);
        assertTrue(dropped.description().startsWith("column dropped: 1 value lost, e.g. 't"), dropped.format());
        DataLoss refilled = only(steps.get(5).losses());
        assertEquals(Optional.of("note"), refilled.column());
        assertTrue(refilled.description().contains("got NULL"), refilled.format());

        List<DataLoss> narrowed = steps.get(6).losses();
        if (dialect == Dialect.SQLITE) {
            // SQLite keeps each value as stored whatever the declared type: the rebuild copies 12.125 and the time
            assertEquals(List.of(), narrowed);
        } else {
            // in table column order
            assertEquals(List.of("dt", "amount", "ratio"), narrowed.stream().map(l -> l.column().orElseThrow()).toList(),
                    narrowed.toString());
            assertTrue(narrowed.get(1).description().matches("2 values changed \\(now decimal\\(14,1\\)\\), "
                    + "e\\.g\\. expected '\\d+\\.125', got '\\d+\\.1'"), narrowed.get(1).format());
            assertTrue(narrowed.get(0).description().matches("2 values changed \\(now date\\), "
                    + "e\\.g\\. expected '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d', got '\\d{4}-\\d\\d-\\d\\d'"),
                    narrowed.get(0).format());
            assertTrue(narrowed.get(2).description().matches("1 value changed \\(now integer\\), "
                    + "e\\.g\\. expected '\\d+\\.5', got '\\d+'"), narrowed.get(2).format());
            assertEquals(3, steps.get(7).losses().size(), "widening back does not bring the digits back");
        }

        assertEquals(List.of(new DataLoss("loose", Optional.empty(), "table dropped: 2 seeded rows lost")),
                steps.get(8).losses());
        DataLoss missing = only(steps.get(9).losses());
        assertTrue(missing.description().startsWith("2 of 2 seeded rows missing, e.g. [tag] = "), missing.format());
    }

    private static DataLoss only(List<DataLoss> losses) {
        assertEquals(1, losses.size(), losses.toString());
        return losses.get(0);
    }
}
