package org.sqlbundle.cli.verbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.cli.Interruption;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.ConfigFile;
import org.sqlbundle.cli.options.ConnectTimeoutOption;
import org.sqlbundle.cli.options.Credentials;
import org.sqlbundle.cli.options.FromConfig;
import org.sqlbundle.cli.options.RunContext;
import org.sqlbundle.cli.text.ConsoleProgress;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.JsonReport;
import org.sqlbundle.verifier.JunitReport;
import org.sqlbundle.verifier.ReplayMode;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;
import org.sqlbundle.verifier.internal.report.ReportFiles;
import org.sqlbundle.verifier.internal.target.ContainerTarget;
import org.sqlbundle.verifier.internal.target.JdbcUrlTarget;
import org.sqlbundle.verifier.internal.target.Targets;
import org.sqlbundle.verifier.internal.verify.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Replays every revision of a range up, down and up again on a scratch database and proves the bundles symmetric. */
@Command(name = "verify", description = "Verify upgrade/downgrade symmetry on a real scratch database: every revision "
        + "up, down and up again against the compiler's model, the version table and seeded rows, then the "
        + "whole-range bundles on a fresh database. Exit 0 symmetric, 1 a check failed, 2 bad input, 3 infrastructure.")
public final class VerifyCommand implements Callable<Integer> {

    /** Names the run: its containers carry it as a label, so a script or test can find exactly this run's ones. */
    static final String RUN_VARIABLE = "SQLBUNDLE_VERIFY_RUN";

    @Spec
    private CommandSpec spec;

    private final RunContext context;

    public VerifyCommand(RunContext context) {
        this.context = context;
    }

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @FromConfig("target")
    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "sqlite",
            description = "Where to verify: " + Targets.SPECS + " (containers need Docker; jdbc: URLs get a scratch "
                    + "database on that server). Default: 'target' in sqlbundle.yaml, else sqlite.")
    private String target;

    @Option(names = "--image", paramLabel = "IMAGE", description = "Container image for postgresql, mariadb or mysql.")
    private String image;

    @Option(names = "--user", paramLabel = "USER",
            description = "User for a jdbc: target (default: $SQLBUNDLE_USER, then 'user' in sqlbundle.yaml).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password for a jdbc: target (default: $SQLBUNDLE_PASSWORD, then the variable named by "
                    + "'password_env' in sqlbundle.yaml; never printed).")
    private String password;

    @FromConfig("connect_timeout")
    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long connecting to a jdbc: target's server may take before the run fails (exit 3); "
                    + "0 waits for ever (default: 'connect_timeout' in sqlbundle.yaml, else ${DEFAULT-VALUE}).")
    private long connectTimeoutSeconds;

    @Option(names = "--cleanup", description = "Verify nothing: drop the sqlbundle_scratch_* databases that killed "
            + "runs left on the jdbc: --target's server (those nobody is connected to), and list them.")
    private boolean cleanup;

    @Option(names = "--allow-non-empty", description = "Accept a new scratch database that is not empty.")
    private boolean allowNonEmpty;

    @Option(names = "--range", paramLabel = "START:END", defaultValue = "base:head",
            description = "Revisions to verify (default: ${DEFAULT-VALUE}); a START after base is reached first "
                    + "with the whole-range upgrade, unchecked.")
    private String range;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Verify only the I-th of N contiguous slices of the range (its start reached first with the "
                    + "upgrade script, unchecked; the whole-range bundles run in the last slice), so N CI jobs share a "
                    + "long chain; 'report merge' joins their JUnit files. Default: ${DEFAULT-VALUE}, the whole range.")
    private String shard;

    @Option(names = "--client", description = "Replay the exact script files through the real client (sqlite3, "
            + "psql, mariadb/mysql; inside the container for container targets) instead of JDBC.")
    private boolean client;

    @Option(names = "--bundles", paramLabel = "DIR",
            description = "The directory 'compile --out' wrote: its bundles for the target's dialect must match their "
                    + "MANIFEST.sha256 and be what this chain compiles to, and they are the files the whole-range "
                    + "phase runs, so the files you ship are the files verified.")
    private String bundles;

    @Option(names = "--no-data", description = "Skip the data round trip (seeding rows and checking they survive).")
    private boolean noData;

    @Option(names = "--strict", description = "Fail on data loss even where a revision declares it destructive.")
    private boolean strict;

    @Option(names = "--report", arity = "2", paramLabel = "FORMAT FILE", hideParamSyntax = true,
            description = "Also write a report: 'json FILE', 'junit FILE' or 'text FILE' (repeatable).")
    private List<String> reports = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML: one test case per step and check.")
    private String junit;

    @Override
    public Integer call() {
        if (cleanup) {
            return cleanup();
        }
        List<String[]> outputs = outputs();
        Shard slice = Shard.parse(shard);
        Compiler compiler = compileOptions.load(chainOptions);
        VerifyOptions.Builder builder = VerifyOptions.builder(target).targetOptions(targetOptions()).range(range)
                .mode(client ? ReplayMode.CLIENT : ReplayMode.JDBC).data(!noData).strict(strict).shard(slice);
        if (bundles != null && !bundles.isBlank()) {
            builder.shippedBundles(context.environment().resolve(bundles));
        }
        VerifyOptions options = builder.build();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), ConsoleProgress.onTerminal());
        VerificationResult result;
        try (Interruption signals = Interruption.during("verify", spec.commandLine().getErr())) {
            result = new Verifier(compiler).verify(options, progress);
        }
        if (Interruption.happened()) {
            return 3; // a result read from closed connections is not one to print; the handler exits 3 anyway
        }
        spec.commandLine().getOut().print(Secrets.scrub(TextReport.render(result)));
        spec.commandLine().getOut().flush();
        Environment environment = context.environment();
        for (String[] output : outputs) {
            Path file = environment.resolve(output[1]);
            ReportFiles.write(file, Secrets.scrub(render(output[0], result)));
        }
        return result.passed() ? 0 : 1;
    }

    private int cleanup() {
        if (!target.trim().startsWith("jdbc:")) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--cleanup"), "E069", "--cleanup works on "
                    + "a jdbc: --target (the server a killed run left scratch databases on), not '" + target + "'",
                    "give --target jdbc:postgresql://host/postgres or jdbc:mariadb://host/; containers are removed by "
                            + "Testcontainers (see docs/verifier.md)"));
        }
        TargetOptions options = targetOptions();
        List<String> dropped = JdbcUrlTarget.cleanup(target.trim(), options.user().orElse(null),
                options.password().orElse(null), options.connectTimeout());
        dropped.forEach(name -> spec.commandLine().getOut().println("dropped " + name));
        spec.commandLine().getOut().println(dropped.size() + " scratch database(s) removed");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private TargetOptions targetOptions() {
        TargetOptions options = TargetOptions.defaults().withAllowNonEmpty(allowNonEmpty)
                .withConnectTimeout(ConnectTimeoutOption.of(connectTimeoutSeconds));
        if (image != null && !image.isBlank()) {
            options = options.withImage(image);
        }
        String run = context.environment().variable(RUN_VARIABLE).orElseGet(() -> UUID.randomUUID().toString());
        options = options.withLabel(ContainerTarget.RUN_LABEL, run);
        if (context.debug()) {
            spec.commandLine().getErr().println("verify run " + run + " (containers labelled "
                    + ContainerTarget.RUN_LABEL + "=" + run + ")");
        }
        ConfigFile config = context.config(spec);
        Optional<String> userName = Credentials.user(user, context.environment(), config);
        if (userName.isPresent()) {
            options = options.withCredentials(userName.get(),
                    Credentials.password(password, context.environment(), config).orElse(null));
        }
        return options;
    }

    /** Format and file of every report asked for, checked before anything runs. */
    private List<String[]> outputs() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < reports.size(); i += 2) {
            String format = reports.get(i).toLowerCase(Locale.ROOT);
            if (!List.of("json", "junit", "text").contains(format)) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--report"), "E069",
                        "unknown report format '" + reports.get(i) + "'", "use --report json FILE, junit FILE or text FILE"));
            }
            out.add(new String[]{format, reports.get(i + 1)});
        }
        if (junit != null) {
            out.add(new String[]{"junit", junit});
        }
        return out;
    }

    private static String render(String format, VerificationResult result) {
        switch (format) {
            case "json":
                return JsonReport.render(result);
            case "junit":
                return JunitReport.render(result);
            default:
                return TextReport.render(result);
        }
    }
}
