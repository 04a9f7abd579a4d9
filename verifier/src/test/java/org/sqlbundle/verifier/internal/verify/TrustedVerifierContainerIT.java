package org.sqlbundle.verifier.internal.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * Issue 12 on postgres:15 and mariadb:10.11, one container per server for the class and a fresh database per
 * chain: every broken downgrade of {@link RegressionSuite} caught at its revision, check and object (or passing
 * where it can't show); the false-alarm chains of {@link FalseAlarmsTest}, examples/lbaas with and without its
 * feature and a generated 50-revision bench chain verify clean with the data round trip on.
 */
@ExtendWith(RequiresDocker.class)
class TrustedVerifierContainerIT {

    private static final List<String> SERVERS = List.of("postgresql", "mariadb");
    private static final Map<String, Target> OPEN = new ConcurrentHashMap<>();

    private static Target server(String spec) {
        return OPEN.computeIfAbsent(spec, s -> Targets.open(s, ContainerTargets.options(
                s.equals("postgresql") ? ContainerTestImages.POSTGRES : ContainerTestImages.MARIADB)));
    }

    private static VerificationResult verify(Path chain, List<String> features, String spec) {
        try (Target fresh = server(spec).openFresh()) {
            VerificationResult r = new Verifier(VerifyRuns.load(chain, features)).verify(fresh,
                    VerifyOptions.builder(spec).data(true).build(), ProgressListener.NONE);
            System.out.println(org.sqlbundle.verifier.TextReport.render(r));
            return r;
        }
    }

    static List<Arguments> brokenCases() {
        List<Arguments> out = new ArrayList<>();
        for (String c : RegressionSuite.cases()) {
            SERVERS.forEach(s -> out.add(Arguments.of(c, s)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("brokenCases")
    void brokenDowngradeCaught(String name, String spec) {
        RegressionSuite.run(name, spec, server(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void falseAlarmChainsVerifyClean(String spec) {
        for (String chain : List.of("seeded-unique-later", "derived-looking-names", "raw-sql-rebuild",
                "constraints-added-later")) {
            FalseAlarmsTest.assertClean(verify(FalseAlarmsTest.chain(chain), List.of(), spec));
        }
    }

    /** Rows the chain wrote, or NULLs the database put there, still fail the step that constrains them. */
    @ParameterizedTest(name = "{1} on {0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "postgresql, insert-breaks-later-check, ib0000000003, ck_pools_status",
        "mariadb, insert-breaks-later-check, ib0000000003, ck_pools_status",
        "postgresql, not-null-without-backfill, nb0000000003, zone",
        "mariadb, not-null-without-backfill, nb0000000003, zone"})
    void constraintBrokenByTheChainsOwnRowsStillFails(String spec, String chain, String revision, String named) {
        VerificationResult r = verify(VerifyRuns.brokenChain(chain).resolve("revisions"), List.of(), spec);
        VerificationResult.Failure failure = r.firstFailure().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(revision, failure.step().orElseThrow().revision());
        org.junit.jupiter.api.Assertions.assertTrue(failure.check().detail().contains(named), failure.check().detail());
    }

    /** A raw-SQL downgrade that deletes only rows earlier steps seeded, and their children by cascade. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void rawSqlThatDamagesOnlyEarlierRowsIsCaught(String spec) {
        RowsReadBackTest.assertEarlierRowsCaught(verify(RowsReadBackTest.EARLIER_ROWS_DELETED, List.of(), spec), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void exampleWithAndWithoutItsFeatureAndBenchChainVerifyClean(String spec, @TempDir Path tmp) throws Exception {
        CleanChainsTest.assertClean(verify(VerifyRuns.EXAMPLE, List.of("lbaas"), spec), 18);
        CleanChainsTest.assertClean(verify(VerifyRuns.EXAMPLE, List.of(), spec), 18);
        CleanChainsTest.assertClean(verify(VerifyRuns.benchChain(tmp, CleanChainsTest.BENCH_REVISIONS), List.of(), spec),
                CleanChainsTest.BENCH_REVISIONS);
    }

    @AfterAll
    static void closeServers() throws Exception {
        OPEN.values().forEach(Target::close);
        OPEN.clear();
        LeftoverContainers.assertNone();
    }
}
