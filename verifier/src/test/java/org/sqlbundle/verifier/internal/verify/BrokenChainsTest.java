package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * Chains with a wrong downgrade, under src/test/resources/broken-chains/: each must fail at the right revision, with
 * the right check, naming the object left wrong. Later revisions and the whole-range phase are then not run.
 */
class BrokenChainsTest {

    private static VerificationResult verify(String fixture, String target) {
        Path dir = VerifyRuns.brokenChain(fixture).resolve("revisions");
        return VerifyRuns.verify(dir, List.of(), VerifyOptions.builder(target).build());
    }

    private static void assertFailure(VerificationResult r, String revision, Check check, String object) {
        String report = TextReport.render(r);
        assertFalse(r.passed(), report);
        VerificationResult.Failure failure = r.firstFailure().orElseThrow();
        assertEquals(revision, failure.step().orElseThrow().revision(), report);
        assertEquals(check, failure.check().check(), report);
        if (object != null) {
            assertTrue(failure.check().differences().stream().map(Difference::object).anyMatch(object::equals),
                    object + " not in " + failure.check().differences());
            assertTrue(report.contains(object), report);
        }
        assertTrue(report.contains("first failure: revision " + revision), report);
        assertTrue(r.bundleChecks().stream().allMatch(c -> c.outcome() == Outcome.NOT_RUN),
                "no whole-range phase after a failed walk");
    }

    @Test
    void forgottenIndexOnSqliteAndH2() {
        assertFailure(verify("forgotten-index", "sqlite"), "bbbb00000002", Check.DOWNGRADE_RESTORES,
                "table pools / index ix_pools_tenant");
        VerificationResult h2 = verify("forgotten-index", "h2");
        assertFailure(h2, "bbbb00000002", Check.DOWNGRADE_RESTORES, "table pools / index ix_pools_tenant");
        assertEquals(Outcome.PASSED, h2.steps().get(0).checks().get(0).outcome(), "the first revision is fine");
        assertFalse(h2.steps().get(2).ran(), "the walk stops at the failing revision");
    }

    @Test
    void columnReaddedWithAnotherTypeOnH2() {
        assertFailure(verify("readded-column-type", "h2"), "bbbb00000002", Check.DOWNGRADE_RESTORES,
                "table pools / column description");
    }

    @Test
    void enumTypeLeftBehindOnEmbeddedPostgresql() {
        assertFailure(verify("enum-left-behind", "embedded-postgresql"), "bbbb00000002", Check.DOWNGRADE_RESTORES,
                "enum pool_status");
    }

    @Test
    void enumTypeIsInlineOnSqliteSoNothingIsLeft() {
        assertTrue(verify("enum-left-behind", "sqlite").passed(), "SQLite has no enum types to leave behind");
    }

    @Test
    void foreignKeyRecreatedWithoutCascadeOnH2AndSqlite() {
        assertFailure(verify("fk-without-cascade", "h2"), "cccc00000003", Check.DOWNGRADE_RESTORES,
                "table members / foreign key fk_members_pool");
        assertFailure(verify("fk-without-cascade", "sqlite"), "cccc00000003", Check.DOWNGRADE_RESTORES,
                "table members / foreign key fk_members_pool");
    }

    @Test
    void dataLostByAStepThatDeclaresNothingOnH2AndSqlite() {
        for (String target : List.of("h2", "sqlite")) {
            VerificationResult r = verify("undeclared-data-loss", target);
            assertFailure(r, "0c0000000002", Check.DATA_ROUND_TRIP, null);
            CheckResult data = r.firstFailure().orElseThrow().check();
            assertTrue(data.detail().contains("declares no destructive op"), data.detail());
            assertTrue(data.notes().stream().anyMatch(n -> n.contains("lost after the downgrade") && n.contains("body")),
                    target + ": " + data.notes());
        }
    }

    @Test
    void viewLeftBehindOnSqlite() {
        assertFailure(verify("view-left-behind", "sqlite"), "bbbb00000002", Check.DOWNGRADE_RESTORES,
                "view tenant_pool_counts");
    }

    @Test
    void downgradeThatDoesNotStampBackOnSqlite() {
        Path fixture = VerifyRuns.brokenChain("stamp-not-reverted");
        Compiler compiler = Compiler.configure().chainDir(fixture.resolve("revisions"))
                .templatesDir(fixture.resolve("templates")).load();
        VerificationResult r = new Verifier(compiler).verify(VerifyOptions.builder("sqlite").build(),
                ProgressListener.NONE);
        assertFailure(r, "aaaa00000001", Check.VERSION_STAMP, null);
        assertEquals("after the downgrade the version table holds aaaa00000001, expected no row",
                r.firstFailure().orElseThrow().check().detail());
        assertEquals(Outcome.PASSED, r.steps().get(0).checks().get(1).outcome(),
                "the schema itself was restored; only the stamp is wrong");
    }

    /**
     * A template set whose guard.vm drops the guard: the bundle is still refused at the wrong version, by its first
     * revision's start mark in the history table (only written while the database is at the revision's parent)
     * and its checked stamp, so the verifier's guard check passes. Before the history table it ran.
     */
    @Test
    void bundleWithoutItsGuardIsStillRefusedAtTheWrongVersionByTheStartMarkOnSqlite() {
        Path fixture = VerifyRuns.brokenChain("guard-removed");
        Compiler compiler = Compiler.configure().chainDir(fixture.resolve("revisions"))
                .templatesDir(fixture.resolve("templates")).load();
        String bundle = compiler.script(org.sqlbundle.compiler.Dialect.SQLITE,
                compiler.chain().range("aaaa00000001:head", org.sqlbundle.compiler.Range.Direction.UPGRADE, -1));
        assertFalse(bundle.contains("sqlbundle guard: database is not at"), "the fixture removes the guard");
        VerificationResult r = new Verifier(compiler).verify(VerifyOptions.builder("sqlite")
                .range("aaaa00000001:head").build(), ProgressListener.NONE);
        String report = TextReport.render(r);
        assertTrue(r.passed(), report);
        assertTrue(report.contains("ok      whole range  guard-refuses-wrong-version"), report);
    }
}
