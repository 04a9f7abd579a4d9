package org.sqlbundle.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;
import org.sqlbundle.verifier.internal.verify.BundlePhase;
import org.sqlbundle.verifier.internal.verify.Cleanup;
import org.sqlbundle.verifier.internal.verify.Connections;
import org.sqlbundle.verifier.internal.verify.DataChecks;
import org.sqlbundle.verifier.internal.verify.Replayer;
import org.sqlbundle.verifier.internal.verify.ShippedBundles;
import org.sqlbundle.verifier.internal.verify.Snapshots;
import org.sqlbundle.verifier.internal.verify.StepWalk;

/**
 * Proves a chain's bundles symmetric on a real database: every revision of the range is upgraded, downgraded and
 * upgraded again with the schema, the version table and seeded rows checked each time ({@link StepWalk}); then the
 * whole-range bundles run on a fresh database of the same server ({@link BundlePhase}). One server or container per
 * run; everything opened is removed at the end, on failure and on Ctrl-C.
 *
 * <pre>{@code
 * VerificationResult r = new Verifier(compiler).verify(VerifyOptions.builder("sqlite").build(), ProgressListener.NONE);
 * }</pre>
 */
public final class Verifier {

    private final Compiler compiler;

    /**
     * A verifier for the compiler's chain and settings (features, version table, templates); nothing is opened until
     * {@link #verify}.
     */
    public Verifier(Compiler compiler) {
        this.compiler = compiler;
    }

    /** Opens the options' target, verifies, and removes the target. */
    public VerificationResult verify(VerifyOptions options, ProgressListener progress) {
        Range range = range(options.range());
        options.shard().of(range); // an empty slice is bad input before any target opens
        try (Cleanup cleanup = new Cleanup()) {
            Target target = cleanup.register(Targets.open(options.targetSpec(), options.targetOptions()));
            return verify(target, range, options, progress, cleanup);
        }
    }

    /** Verifies on a target the caller opened and closes; the fresh databases opened on it are removed here. */
    public VerificationResult verify(Target target, VerifyOptions options, ProgressListener progress) {
        Range range = range(options.range());
        try (Cleanup cleanup = new Cleanup()) {
            return verify(target, range, options, progress, cleanup);
        }
    }

    private VerificationResult verify(Target target, Range whole, VerifyOptions options, ProgressListener progress,
                                      Cleanup cleanup) {
        if (options.mode() == ReplayMode.CLIENT && target.clientCommand().isEmpty()) {
            throw SqlbundleException.badInput(target.dialect().cliName + " has no command-line client to replay "
                    + "with; verify it over JDBC (without --client)");
        }
        Range range = options.shard().of(whole);
        // the whole-range bundles are compared with the walk's end, which only the last slice reaches
        boolean bundles = options.shard().last();
        // read (and fail on missing files) before anything runs
        Optional<ShippedBundles> shipped = options.shippedBundles().filter(dir -> bundles)
                .map(dir -> ShippedBundles.read(dir, target.dialect()));
        long started = System.nanoTime();
        Path scriptDir = cleanup.register(new ScriptDir()).path;
        // registered after the targets, so closed before them (Cleanup closes newest first)
        Connections connections = cleanup.register(new Connections());
        Replayer replayer = new Replayer(options.mode(), scriptDir, connections);
        Snapshots snapshots = new Snapshots(compiler.options().versionTable(), compiler.model(), connections);
        Chain chain = compiler.chain();
        if (range.from() != Chain.BASE) {
            progress.phase("bringing the database to " + range.fromLabel() + " (setup, not checked)");
            setUp(target, replayer, chain.range(Chain.BASE, range.from()));
        }
        StepWalk walk = new StepWalk(compiler, target, replayer, snapshots,
                DataChecks.of(target.dialect(), options.data(), options.strict()), connections);
        Snapshot current = snapshots.read(target);
        List<StepResult> steps = new ArrayList<>();
        int total = whole.to() - whole.from();
        for (int position = range.from() + 1; position <= range.to(); position++) {
            int number = position - whole.from(); // numbered in the whole range, so shards' reports add up
            if (current == null) {
                steps.add(StepWalk.result(number, compiler.model().plan(position),
                        StepWalk.planned(compiler.model().plan(position), options.data())));
                continue;
            }
            progress.step(number, total, chain.at(position).id());
            StepWalk.Walked walked = walk.run(number, position, current);
            steps.add(walked.result());
            current = walked.after();
        }
        List<CheckResult> bundleChecks = bundles ? BundlePhase.notRun(shipped.isPresent()) : List.of();
        if (bundles && current != null) {
            progress.phase("whole-range bundles on a fresh database");
            Target fresh = cleanup.register(target.openFresh());
            bundleChecks = new BundlePhase(compiler, replayer, snapshots).run(fresh, whole, current, shipped);
            connections.release(fresh);
            cleanup.release(fresh);
        }
        progress.finished();
        return new VerificationResult(chain.name(), target.dialect().cliName, options.targetLabel(), whole.toString(),
                options.mode(), options.data(), options.strict(), List.copyOf(new java.util.TreeSet<>(compiler.model().features())), steps,
                bundleChecks, (System.nanoTime() - started) / 1_000_000, total, options.shard());
    }

    private Range range(String spec) {
        Range range = compiler.chain().range(spec, Range.Direction.UPGRADE, Chain.BASE);
        if (range.to() <= range.from()) {
            throw SqlbundleException.badInput("the range " + spec + " (" + range + ") holds no revision to verify; "
                    + "give START:END with END after START");
        }
        return range;
    }

    private void setUp(Target target, Replayer replayer, Range setup) {
        try {
            replayer.run(target, "setup.sql", compiler.script(target.dialect(), setup));
        } catch (ReplayFailure failure) {
            throw new SqlbundleException(SqlbundleException.Kind.CHECK_FAILED, "the setup upgrade " + setup
                    + " failed, so the range cannot be verified: " + failure.getMessage(), failure);
        }
    }

    /** A private directory for client-mode script files, deleted with its contents at the end. */
    private static final class ScriptDir implements AutoCloseable {
        final Path path;

        ScriptDir() {
            try {
                path = Files.createTempDirectory("sqlbundle-verify-");
            } catch (IOException e) {
                throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                        "cannot create a temporary directory: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
