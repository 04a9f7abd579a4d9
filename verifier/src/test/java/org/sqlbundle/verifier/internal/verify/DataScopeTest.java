package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.internal.plan.ChainModel;

/**
 * Which tables a step seeds and reads back (src/test/resources/data-scope): the ones its ops change or write, and
 * every table referencing them (cascades reach those rows); every table where raw SQL runs.
 */
class DataScopeTest {

    private static final ChainModel MODEL = Compiler.configure()
            .chainDir(VerifyRuns.ROOT.resolve("verifier/src/test/resources/data-scope")).load().model();

    /** {@code revision}: 1 for the chain's first (positions count from 0). */
    private static Optional<Set<String>> scope(int revision, boolean templatesOverridden) {
        return DataScope.of(MODEL.plan(revision - 1), templatesOverridden);
    }

    @Test
    void aChangedParentBringsItsReferrersTransitivelyButNotUnrelatedTables() {
        assertEquals(Optional.of(Set.of("p", "c", "g")), scope(2, false));
    }

    @Test
    void insertAndDeleteOpsScopeTheirTable() {
        assertEquals(Optional.of(Set.of("u")), scope(3, false));
    }

    @Test
    void rawSqlScopesEveryTable() {
        assertEquals(Optional.empty(), scope(4, false));
    }

    @Test
    void aRenameScopesBothNamesAndTheReferrers() {
        assertEquals(Optional.of(Set.of("c", "c2", "g")), scope(5, false));
    }

    @Test
    void aTableChangeScopesThatTableAlone() {
        assertEquals(Optional.of(Set.of("e")), scope(6, false));
    }

    @Test
    void overriddenTemplatesScopeEveryTable() {
        assertEquals(Optional.empty(), scope(2, true));
    }
}
