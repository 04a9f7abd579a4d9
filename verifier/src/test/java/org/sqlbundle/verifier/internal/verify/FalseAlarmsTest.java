package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * Right chains that verify used to fail (issue 12, "False alarms"), under src/test/resources/clean-chains/: each
 * must verify clean, data round trip on, on every embedded target ({@code FalseAlarmsContainerIT}: the servers).
 * <ul>
 *   <li>{@code seeded-unique-later}: a later add_unique on seeded columns (non-key numbers used to repeat);</li>
 *   <li>{@code derived-looking-names}: constraints the chain names {@code c_ibfk_1}, {@code c_chk_1},
 *       {@code c_q_id_fkey}, {@code p_pkey}, {@code p_code_key}, {@code constraint_1a} (read as anonymous);</li>
 *   <li>{@code raw-sql-rebuild}: the rebuild idiom in raw SQL, there and back, which leaves names derived from the
 *       temporary table ({@code t_new_pkey}, {@code ck_t_new_status_enum}).</li>
 *   <li>{@code renamed-enum-rebuild}: a NOT NULL column dropped from a renamed table with an enum column, whose
 *       derived SQLite downgrade rebuilds the table: the enum check is then named after the new table name, before
 *       after the old one (bench/README's shard-bench finding at step 261, walked whole and from a shard's start).</li>
 *   <li>{@code retyped-check}: number columns with checks widened and narrowed back: H2 reprints the checks'
 *       literals cast to the wider type and keeps them so (the generated bench chain, seeds 2 and 3).</li>
 * </ul>
 */
class FalseAlarmsTest {

    static Path chain(String name) {
        return VerifyRuns.ROOT.resolve("verifier/src/test/resources/clean-chains").resolve(name).resolve("revisions");
    }

    static void assertClean(VerificationResult r) {
        assertTrue(r.passed(), TextReport.render(r));
        assertEquals(0, r.count(Outcome.NOT_RUN), TextReport.render(r));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "seeded-unique-later, sqlite", "seeded-unique-later, h2", "seeded-unique-later, embedded-postgresql",
        "derived-looking-names, sqlite", "derived-looking-names, h2", "derived-looking-names, embedded-postgresql",
        "raw-sql-rebuild, sqlite", "raw-sql-rebuild, h2", "raw-sql-rebuild, embedded-postgresql",
        "renamed-enum-rebuild, sqlite", "renamed-enum-rebuild, h2", "renamed-enum-rebuild, embedded-postgresql",
        "retyped-check, sqlite", "retyped-check, h2", "retyped-check, embedded-postgresql"})
    void verifiesClean(String chain, String target) {
        assertClean(VerifyRuns.verify(chain(chain), List.of(), VerifyOptions.builder(target).data(true).build()));
    }

    /** A shard starts from the whole-range bundle, not from the walk: the rebuilt names must compare the same. */
    @ParameterizedTest(name = "shard {0}/3")
    @CsvSource({"2", "3"})
    void renamedEnumRebuildVerifiesCleanFromAShard(int index) {
        VerificationResult r = VerifyRuns.verify(chain("renamed-enum-rebuild"), List.of(),
                VerifyOptions.builder("sqlite").data(true).shard(new Shard(index, 3)).build());
        assertClean(r);
        assertEquals(1, r.steps().size(), TextReport.render(r));
    }
}
