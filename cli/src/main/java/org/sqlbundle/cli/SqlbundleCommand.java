package org.sqlbundle.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ConfigCheckedExecution;
import org.sqlbundle.cli.options.ConfigDefaults;
import org.sqlbundle.cli.options.RunContext;
import org.sqlbundle.cli.verbs.CheckCommand;
import org.sqlbundle.cli.verbs.CompileCommand;
import org.sqlbundle.cli.verbs.CurrentCommand;
import org.sqlbundle.cli.verbs.DiffCommand;
import org.sqlbundle.cli.verbs.DowngradeCommand;
import org.sqlbundle.cli.verbs.HeadsCommand;
import org.sqlbundle.cli.verbs.HistoryCommand;
import org.sqlbundle.cli.verbs.ImportCommand;
import org.sqlbundle.cli.verbs.LintCommand;
import org.sqlbundle.cli.verbs.ReportCommand;
import org.sqlbundle.cli.verbs.RevisionCommand;
import org.sqlbundle.cli.verbs.ShowCommand;
import org.sqlbundle.cli.verbs.StampCommand;
import org.sqlbundle.cli.verbs.UpgradeCommand;
import org.sqlbundle.cli.verbs.VerifyCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command. A new verb is one class under verbs/ plus one entry in {@link #VERBS}; it reads
 * shared options through mixins under options/ and reports failure by throwing SqlbundleException.
 */
@Command(name = "sqlbundle", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false,
        description = "Offline SQL bundle compiler and verifier for linear revision chains.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  OK", "  1  a check failed, or an internal error", "  2  bad input: revision files, references,"
                + " options", "  3  infrastructure: database, Docker, file system"})
public final class SqlbundleCommand implements Callable<Integer> {

    /** The verbs, in the order help lists them. */
    static final List<Class<?>> VERBS = List.of(CheckCommand.class, HistoryCommand.class, HeadsCommand.class,
            ShowCommand.class, RevisionCommand.class, CompileCommand.class, UpgradeCommand.class,
            DowngradeCommand.class, StampCommand.class, CurrentCommand.class, DiffCommand.class, VerifyCommand.class,
            ReportCommand.class, ImportCommand.class,
            LintCommand.class, AutoComplete.GenerateCompletion.class);
    private static final String COMPLETION = "generate-completion";

    private final RunContext context;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    private boolean debug;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Config file with option defaults (default: sqlbundle.yaml in the working directory).")
    private String config;

    public SqlbundleCommand(Environment environment) {
        this.context = new RunContext(environment, () -> debug, () -> Optional.ofNullable(config));
    }

    /** The command line with every verb, its error handling and config-file defaults. */
    public static CommandLine newCommandLine(Environment environment) {
        return newCommandLine(environment, new String[0]);
    }

    /**
     * The command line that will run {@code args}: when the first argument names a verb, only that verb is set
     * up. picocli reads every verb's options by reflection when it is added, which was half of start-up; help,
     * an unknown verb and shell completion still get them all.
     */
    public static CommandLine newCommandLine(Environment environment, String... args) {
        SqlbundleCommand root = new SqlbundleCommand(environment);
        // verbs and mixins get the run's context through their constructors, never by reaching up to this command
        CommandLine commandLine = new CommandLine(root, root.context.factory());
        Optional<Class<?>> only = args.length == 0 || args[0].equals(COMPLETION) ? Optional.empty()
                : VERBS.stream().filter(verb -> verb.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        if (!versionOnly(args)) {
            only.ifPresentOrElse(commandLine::addSubcommand, () -> VERBS.forEach(commandLine::addSubcommand));
        }
        FailureHandler failures = new FailureHandler(root.context::debug);
        commandLine.setExecutionExceptionHandler(failures);
        commandLine.setParameterExceptionHandler(failures);
        ConfigDefaults defaults = root.context.defaults();
        // set after the subcommands exist: picocli copies these down the hierarchy at this moment
        commandLine.setDefaultValueProvider(defaults);
        commandLine.setExecutionStrategy(new ConfigCheckedExecution(defaults));
        if (commandLine.getSubcommands().containsKey(COMPLETION)) {
            commandLine.getSubcommands().get(COMPLETION).getCommandSpec().usageMessage().hidden(false);
        }
        return commandLine;
    }

    /** A bare --version needs no verb: setting them all up was two thirds of its start-up (0.1 s of CPU). */
    private static boolean versionOnly(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** No verb: say what the verbs are. A usage error, so scripts notice. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
