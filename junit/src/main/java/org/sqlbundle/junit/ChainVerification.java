package org.sqlbundle.junit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.StepResult;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;

/**
 * One verify run of a chain, seen as JUnit tests: {@link #dynamicTests()} runs the verifier once and yields a
 * dynamic test per revision and check, named {@code revision <id> <check>} (and {@code whole range <check>}), so
 * the IDE and CI show which revision is asymmetric. Immutable: every {@code with}/{@code on} method returns a copy.
 *
 * <pre>{@code
 * // a server the test already owns, e.g. a Testcontainers PostgreSQLContainer: a scratch database is made on it
 * chain.onJdbc(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword()).dynamicTests();
 * }</pre>
 */
public final class ChainVerification {

    private final Path dir;
    private final List<String> features;
    private final String target;
    private final TargetOptions targetOptions;
    private final String versionTable;
    private final String range;
    private final boolean data;
    private final boolean strict;

    private ChainVerification(Path dir, List<String> features, String target, TargetOptions targetOptions,
                              String versionTable, String range, boolean data, boolean strict) {
        this.dir = dir;
        this.features = List.copyOf(features);
        this.target = target;
        this.targetOptions = targetOptions;
        this.versionTable = versionTable;
        this.range = range;
        this.data = data;
        this.strict = strict;
    }

    /** The chain in {@code dir} on sqlite, base:head, with the data round trip. */
    public static ChainVerification forChain(Path dir) {
        return new ChainVerification(dir, List.of(), "sqlite", TargetOptions.defaults(), "sqlbundle_version",
                "base:head", true, false);
    }

    /** What the annotation says; its {@code dir} is relative to the working directory (the project's, in Maven). */
    public static ChainVerification of(SqlbundleChain chain) {
        return forChain(Path.of(chain.dir())).withFeatures(chain.features()).withTarget(chain.target())
                .withVersionTable(chain.versionTable()).withRange(chain.range()).withData(chain.data())
                .withStrict(chain.strict());
    }

    /** A copy with these features enabled (replacing any given before). */
    public ChainVerification withFeatures(String... enabled) {
        return new ChainVerification(dir, List.of(enabled), target, targetOptions, versionTable, range, data, strict);
    }

    /** sqlite, h2, embedded-postgresql, postgresql, mariadb, mysql, or a jdbc: URL (see {@link #onJdbc}). */
    public ChainVerification withTarget(String spec) {
        return new ChainVerification(dir, features, spec, targetOptions, versionTable, range, data, strict);
    }

    /**
     * Verifies on a database server the test already runs (a Testcontainers container, an embedded server): the
     * verifier makes a scratch database on it with these credentials and drops it at the end.
     */
    public ChainVerification onJdbc(String jdbcUrl, String user, String password) {
        return new ChainVerification(dir, features, jdbcUrl, targetOptions.withCredentials(user, password),
                versionTable, range, data, strict);
    }

    /** A copy with another version table name (default {@code sqlbundle_version}). */
    public ChainVerification withVersionTable(String table) {
        return new ChainVerification(dir, features, target, targetOptions, table, range, data, strict);
    }

    /**
     * A copy verifying this range, {@code START:END} (default {@code base:head}); resolved when the verification
     * runs.
     */
    public ChainVerification withRange(String spec) {
        return new ChainVerification(dir, features, target, targetOptions, versionTable, spec, data, strict);
    }

    /** A copy with the data round trip on or off (default on). */
    public ChainVerification withData(boolean enabled) {
        return new ChainVerification(dir, features, target, targetOptions, versionTable, range, enabled, strict);
    }

    /** A copy in which data lost by a revision declared destructive fails the check (default off). */
    public ChainVerification withStrict(boolean enabled) {
        return new ChainVerification(dir, features, target, targetOptions, versionTable, range, data, enabled);
    }

    /** Runs the verifier now; bad input (a broken revision file) throws with the compiler-style message. */
    public VerificationResult verify() {
        Path chainDir = dir.resolve("revisions").toFile().isDirectory() ? dir.resolve("revisions") : dir;
        Compiler compiler = Compiler.configure().chainDir(chainDir).features(features).versionTable(versionTable)
                .load();
        VerifyOptions options = VerifyOptions.builder(target).targetOptions(targetOptions).range(range).data(data)
                .strict(strict).build();
        return new Verifier(compiler).verify(options, ProgressListener.NONE);
    }

    /** Runs the verifier and yields one test per revision and check, in the order they ran. */
    public Stream<DynamicTest> dynamicTests() {
        return dynamicTests(verify());
    }

    /** The tests for a result already at hand. */
    public static Stream<DynamicTest> dynamicTests(VerificationResult result) {
        List<DynamicTest> tests = new ArrayList<>();
        for (StepResult step : result.steps()) {
            for (CheckResult check : step.checks()) {
                tests.add(test("revision " + step.revision() + " " + check.check().label(), check));
            }
        }
        for (CheckResult check : result.bundleChecks()) {
            tests.add(test("whole range " + check.check().label(), check));
        }
        return tests.stream();
    }

    private static DynamicTest test(String name, CheckResult check) {
        return DynamicTest.dynamicTest(name, () -> {
            switch (check.outcome()) {
                case FAILED:
                    throw new AssertionFailedError(body(check));
                case NOT_RUN:
                    throw new TestAbortedException("not run: an earlier check failed");
                case REPORTED:
                    // declared data loss: reported, fails only when strict (then the verifier says FAILED)
                    System.out.println(body(check));
                    break;
                default:
                    break;
            }
        });
    }

    private static String body(CheckResult check) {
        StringBuilder b = new StringBuilder(check.detail());
        check.notes().forEach(n -> b.append('\n').append(n));
        Optional.of(check.differences()).filter(d -> !d.isEmpty())
                .ifPresent(d -> b.append('\n').append(SnapshotDiff.format(d)));
        return b.toString();
    }
}
