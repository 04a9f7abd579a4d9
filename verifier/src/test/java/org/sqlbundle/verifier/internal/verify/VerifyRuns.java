package org.sqlbundle.verifier.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;

/** Loads chains (the example, or a broken-chain fixture) and verifies them, for the tests of this package. */
final class VerifyRuns {

    static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();
    static final Path EXAMPLE = ROOT.resolve("examples/lbaas/revisions");

    private VerifyRuns() {
    }

    /** A chain of bench/GenerateChain.java ({@code revisions}, seed 1) written under {@code dir}. */
    static Path benchChain(Path dir, int revisions) throws IOException, InterruptedException {
        Path out = dir.resolve("bench-" + revisions);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, ROOT.resolve("bench/GenerateChain.java").toString(), out.toString(),
                Integer.toString(revisions), "1").directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("bench/GenerateChain.java failed:\n" + output);
        }
        return out;
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
