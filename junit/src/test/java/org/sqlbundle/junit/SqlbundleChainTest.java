package org.sqlbundle.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.sqlbundle.verifier.VerificationResult;

/** The extension as a team's test class uses it, run through the JUnit Platform test kit and read event by event. */
class SqlbundleChainTest {

    private static final List<String> CHECKS = List.of("upgrade-matches-model", "downgrade-restores",
            "upgrade-again-same", "version-stamp", "data-round-trip");

    @Test
    void oneDynamicTestPerRevisionAndCheckAndTheWholeRange() {
        Events tests = run(PoolsOnH2Sample.class);
        List<String> expected = new java.util.ArrayList<>();
        for (String revision : List.of("1a2b3c4d5e01", "1a2b3c4d5e02", "1a2b3c4d5e03")) {
            CHECKS.forEach(c -> expected.add("revision " + revision + " " + c));
        }
        List.of("bundle-upgrade-matches-walk", "guard-refuses-wrong-version", "bundle-downgrade-restores")
                .forEach(c -> expected.add("whole range " + c));
        assertEquals(expected, names(tests.started()));
        assertEquals(expected.size(), tests.succeeded().count());
    }

    @Test
    void theAsymmetricRevisionFailsByNameAndTheRestIsSkipped() {
        Events tests = run(ForgottenIndexSample.class);
        assertEquals(List.of("revision bbbb00000002 downgrade-restores"), names(tests.failed()));
        Throwable failure = tests.failed().stream().findFirst().orElseThrow().getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
        assertTrue(failure.getMessage().contains("index ix_pools_tenant"), failure.getMessage());
        assertTrue(names(tests.aborted()).contains("revision cccc00000003 upgrade-matches-model"),
                "checks after the failure are skipped, not passed: " + names(tests.aborted()));
        assertTrue(names(tests.aborted()).contains("whole range bundle-upgrade-matches-walk"));
        assertEquals(CHECKS.stream().map(c -> "revision aaaa00000001 " + c).toList(),
                names(tests.succeeded()).subList(0, CHECKS.size()));
    }

    @Test
    void withoutTheAnnotationTheParameterSaysWhatIsMissing() {
        Events containers = EngineTestKit.engine("junit-jupiter").selectors(selectClass(MissingAnnotationSample.class))
                .execute().containerEvents();
        Throwable failure = containers.failed().stream().findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
        assertTrue(failure.getMessage().contains("@SqlbundleChain(dir = \"...\")"), failure.getMessage());
    }

    /** A server the test owns (here embedded PostgreSQL; a Testcontainers container is used the same way). */
    @Test
    void verifiesOnAJdbcServerTheTestOwns() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            ChainVerification chain = ChainVerification.forChain(Path.of("src/test/resources/chains/pools"))
                    .withFeatures("lbaas").onJdbc(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
            VerificationResult result = chain.verify();
            assertTrue(result.passed(), () -> String.valueOf(result.firstFailure()));
            assertEquals("postgresql", result.dialect());
            List<DynamicTest> tests = ChainVerification.dynamicTests(result).toList();
            assertEquals(3 * CHECKS.size() + 3, tests.size());
            assertEquals(Optional.of("revision 1a2b3c4d5e02 downgrade-restores"),
                    tests.stream().map(DynamicTest::getDisplayName).filter(n -> n.contains("02 downgrade")).findFirst());
        }
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents();
    }

    private static List<String> names(Events events) {
        return events.stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    }
}
