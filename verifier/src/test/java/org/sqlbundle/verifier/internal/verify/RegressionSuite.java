package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.StepResult;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The deliberately broken downgrades under src/test/resources/regression/: each a small chain (its own
 * {@code templates/} when the template is what is broken) and an {@code expect.properties} saying where verify must
 * stop: {@code revision} (empty: the whole-range phase), {@code check} (its report label), optionally
 * {@code object} (a difference the failure must name; empty: any); each key may be overridden per target
 * ({@code mariadb.object=...}). {@code misses} lists the targets where the defect can't show, with
 * {@code misses.why}: there the chain must verify clean, so a target that starts to see it is noticed.
 */
final class RegressionSuite {

    static final Path DIR = VerifyRuns.ROOT.resolve("verifier/src/test/resources/regression");

    private RegressionSuite() {
    }

    static List<String> cases() {
        try (Stream<Path> dirs = Files.list(DIR)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Verifies the case on a fresh database of {@code server} (target spec {@code spec}) and checks the outcome. */
    static void run(String name, String spec, Target server) {
        Path dir = DIR.resolve(name);
        Properties expect = properties(dir.resolve("expect.properties"));
        Compiler.Configuration config = Compiler.configure().chainDir(dir.resolve("revisions"));
        if (Files.isDirectory(dir.resolve("templates"))) {
            config.templatesDir(dir.resolve("templates"));
        }
        VerifyOptions options = VerifyOptions.builder(spec).data(true).build();
        VerificationResult r;
        try (Target fresh = server.openFresh()) {
            r = new Verifier(config.load()).verify(fresh, options, ProgressListener.NONE);
        }
        String report = TextReport.render(r);
        boolean misses = Arrays.stream(expect.getProperty("misses", "").split(",")).map(String::strip)
                .anyMatch(spec::equals);
        if (misses) {
            assertTrue(r.passed(), name + " on " + spec + " should pass (" + expect.getProperty("misses.why")
                    + "); if it is caught now, move it out of misses:\n" + report);
            return;
        }
        assertFalse(r.passed(), name + " on " + spec + " must fail:\n" + report);
        VerificationResult.Failure failure = r.firstFailure().orElseThrow();
        String revision = key(expect, spec, "revision").orElse("");
        assertEquals(revision, failure.step().map(StepResult::revision).orElse(""), report);
        assertEquals(key(expect, spec, "check").orElseThrow(), failure.check().check().label(), report);
        Optional<String> object = key(expect, spec, "object").filter(o -> !o.isEmpty());
        object.ifPresent(o -> assertTrue(failure.check().differences().stream().map(Difference::object)
                .anyMatch(o::equals), name + " on " + spec + ": " + o + " not in " + failure.check().differences()
                + "\n" + report));
    }

    private static Optional<String> key(Properties p, String spec, String key) {
        return Optional.ofNullable(p.getProperty(spec + "." + key, p.getProperty(key)));
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
