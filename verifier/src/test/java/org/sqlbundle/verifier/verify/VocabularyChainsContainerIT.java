package org.sqlbundle.verifier.verify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlbundle.verifier.containers.ContainerTestImages;
import org.sqlbundle.verifier.containers.LeftoverContainers;
import org.sqlbundle.verifier.containers.RequiresDocker;
import org.sqlbundle.verifier.target.Target;
import org.sqlbundle.verifier.target.Targets;

/**
 * The chains of {@link VocabularyChainsTest} on postgres:15 and mariadb:10.11: one container per server for the
 * class, a fresh database per chain and feature set, data round trip on; each must verify SYMMETRIC.
 */
@ExtendWith(RequiresDocker.class)
class VocabularyChainsContainerIT {

    private static final Map<String, Target> OPEN = new ConcurrentHashMap<>();

    private static Target server(String spec) {
        return OPEN.computeIfAbsent(spec, s -> Targets.open(s, ContainerTestImages.options(
                s.equals("postgresql") ? ContainerTestImages.POSTGRES : ContainerTestImages.MARIADB)));
    }

    static List<Arguments> servers() {
        return VocabularyChainsTest.cases(List.of("postgresql", "mariadb"));
    }

    @ParameterizedTest(name = "{0} with [{1}] on {2}")
    @MethodSource("servers")
    void verifiesSymmetric(String chain, String features, String spec) {
        try (Target fresh = server(spec).openFresh()) {
            VerificationResult r = new Verifier(VerifyRuns.load(VocabularyChainsTest.chain(chain),
                    VocabularyChainsTest.features(features))).verify(fresh,
                    VerifyOptions.builder(spec).data(true).build(), ProgressListener.NONE);
            System.out.println(org.sqlbundle.verifier.report.TextReport.render(r));
            VocabularyChainsTest.assertSymmetric(r);
        }
    }

    /** The broken chain of {@link VocabularyChainsTest#dropOfAnEnumValueInUseIsRefused} is refused on each server too. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"postgresql", "mariadb"})
    void dropOfAnEnumValueInUseIsRefused(String spec) {
        try (Target fresh = server(spec).openFresh()) {
            VerificationResult r = new Verifier(VerifyRuns.load(VocabularyChainsTest.chain("enum-value-in-use"),
                    List.of())).verify(fresh, VerifyOptions.builder(spec).data(true).build(), ProgressListener.NONE);
            String report = org.sqlbundle.verifier.report.TextReport.render(r);
            org.junit.jupiter.api.Assertions.assertFalse(r.passed(), report);
            org.junit.jupiter.api.Assertions.assertTrue(report.contains("0002_drop_value")
                    && report.contains("rows of alarms.level hold the value"), report);
        }
    }

    @AfterAll
    static void closeServers() throws Exception {
        OPEN.values().forEach(Target::close);
        OPEN.clear();
        LeftoverContainers.assertNone();
    }
}
