package org.sqlbundle.verifier.verify;

import java.nio.file.Path;
import java.util.List;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.verifier.report.TextReport;

/** Loads chains (the example, or a broken-chain fixture) and verifies them, for the tests of this package. */
final class VerifyRuns {

    static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();
    static final Path EXAMPLE = ROOT.resolve("examples/lbaas/revisions");

    private VerifyRuns() {
    }

    static Path brokenChain(String name) {
        return ROOT.resolve("verifier/src/test/resources/broken-chains").resolve(name);
    }

    static Compiler load(Path dir, List<String> features) {
        return Compiler.configure().chainDir(dir).features(features).load();
    }

    static VerificationResult verify(Path dir, List<String> features, VerifyOptions options) {
        VerificationResult result = new Verifier(load(dir, features)).verify(options, ProgressListener.NONE);
        System.out.println(TextReport.render(result));
        return result;
    }
}
