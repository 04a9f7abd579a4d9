package org.sqlbundle.verifier.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * The regression suite of broken downgrades ({@link RegressionSuite}) on the embedded targets, one server per
 * target for the class, a fresh database per case; {@code BrokenDowngradesContainerIT} runs it on the servers.
 */
class BrokenDowngradesTest {

    private static final List<String> TARGETS = List.of("sqlite", "h2", "embedded-postgresql");
    private static final Map<String, Target> SERVERS = new ConcurrentHashMap<>();

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String c : RegressionSuite.cases()) {
            TARGETS.forEach(t -> out.add(Arguments.of(c, t)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void caughtAtTheRightRevisionCheckAndObject(String name, String target) {
        RegressionSuite.run(name, target, SERVERS.computeIfAbsent(target,
                t -> Targets.open(t, TargetOptions.defaults())));
    }

    @Test
    void atLeastTwentyCases() {
        org.junit.jupiter.api.Assertions.assertTrue(RegressionSuite.cases().size() >= 20, RegressionSuite.cases()::toString);
    }

    @AfterAll
    static void close() {
        SERVERS.values().forEach(Target::close);
        SERVERS.clear();
    }
}
