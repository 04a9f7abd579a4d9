package org.sqlbundle.verifier.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * broken-chains/undeclared-data-loss: a downgrade whose sql op truncates data while nothing in the step
 * is declared destructive. The data round trip must name the column and show the truncation.
 */
class UndeclaredDataLossTest {

    static final Path DIR = ChainDataWalk.ROOT.resolve("verifier/src/test/resources/broken-chains/undeclared-data-loss/revisions");

    @Test
    void sqlite() throws Exception {
        try (Target t = SqliteTarget.create()) {
            assertUndeclaredTruncation(ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    @Test
    void h2() throws Exception {
        try (Target t = H2Target.create()) {
            assertUndeclaredTruncation(ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    @Test
    void embeddedPostgresql() throws Exception {
        try (Target t = EmbeddedPostgresTarget.start()) {
            assertUndeclaredTruncation(ChainDataWalk.walk(t, DIR, List.of()));
        }
    }

    static void assertUndeclaredTruncation(List<ChainDataWalk.Step> steps) {
        assertEquals(4, steps.size());
        ChainDataWalk.Step upgrade = steps.get(2);
        assertEquals("0c0000000002", upgrade.id());
        assertEquals(List.of(), upgrade.losses(), "the upgrade only adds an index");
        ChainDataWalk.Step downgrade = steps.get(3);
        assertEquals(List.of(), downgrade.destructiveReasons(), "nothing in the step is declared destructive");
        assertTrue(downgrade.undeclaredLoss(), downgrade.toString());
        assertEquals(1, downgrade.losses().size(), downgrade.losses().toString());
        DataLoss loss = downgrade.losses().get(0);
        assertEquals("notes", loss.table());
        assertEquals(Optional.of("body"), loss.column());
        assertTrue(loss.description().matches("2 values changed \\(now string\\(200\\)\\), e\\.g\\. expected '"
                + "s\\d+'body', got '.{3}'"), loss.format());
    }
}
