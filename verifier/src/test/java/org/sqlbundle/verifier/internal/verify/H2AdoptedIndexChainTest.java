package org.sqlbundle.verifier.internal.verify;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * The example alembic chain's shape on H2: a foreign key's column indexed, the table rebuilt by a later revision
 * (so the key adopts that index), then the index dropped, forward and by the whole-range downgrade. H2 refused the
 * DROP INDEX ("belongs to constraint") until the renderer dropped and re-added the key around it; every step's
 * snapshot (H2's own key indexes left out) matches the model, with seeded rows.
 */
class H2AdoptedIndexChainTest {

    static final Path CHAIN = VerifyRuns.ROOT.resolve("verifier/src/test/resources/chains/h2-adopted-index/revisions");

    @Test
    void anIndexAKeyAdoptedIsDroppedOnH2() {
        CleanChainsTest.assertClean(VerifyRuns.verify(CHAIN, List.of(), VerifyOptions.builder("h2").data(true).build()), 3);
    }
}
