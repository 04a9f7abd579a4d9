package org.sqlbundle.cli.options;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.compiler.internal.cache.CompileRecord;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine;

/**
 * Feeds sqlbundle.yaml values to options marked {@link FromConfig}. picocli asks only for options the
 * user did not type, after parsing the ones typed, so the command line wins and --config is already
 * known wherever it appears. picocli also asks while printing help, so an unreadable config file gives
 * no default here; {@link ConfigCheckedExecution} reports it before any verb runs.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

    private final Environment environment;
    private final Supplier<Optional<String>> configOption;
    private ConfigFile chosen;
    private CommandLine.Model.CommandSpec verb;
    /** The files choose() looked for and did not find, and the one it read: what the run's options depend on. */
    private final java.util.List<Path> missing = new java.util.ArrayList<>();
    private Path read;

    /** {@code configOption} is --config as parsed; made by {@link RunContext}, one per run. */
    ConfigDefaults(Environment environment, Supplier<Optional<String>> configOption) {
        this.environment = environment;
        this.configOption = configOption;
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
        // picocli hands over the annotated field of the option as its user object
        if (!(argSpec.userObject() instanceof Field field)) {
            return null;
        }
        FromConfig key = field.getAnnotation(FromConfig.class);
        if (key == null) {
            return null;
        }
        useVerb(argSpec.command());
        try {
            return config().value(key.value()).orElse(null);
        } catch (SqlbundleException unreadable) {
            return null;
        }
    }

    /**
     * The config file in effect, decided once per run: --config FILE (must exist), else sqlbundle.yaml in the
     * working directory, else sqlbundle.yaml in the directory typed as --dir (a project directory such as
     * examples/lbaas carries its own), else none. Throws if the chosen file is unreadable.
     */
    public ConfigFile config() {
        if (chosen == null) {
            chosen = choose();
        }
        return chosen;
    }

    /** The verb being run, whose typed --dir may name the project directory; picocli has parsed it by now. */
    void useVerb(CommandLine.Model.CommandSpec command) {
        if (verb == null && command != null) {
            verb = command;
        }
    }

    private ConfigFile choose() {
        Optional<String> given = configOption.get();
        if (given.isPresent()) {
            Path path = environment.resolve(given.get());
            if (!Files.isRegularFile(path)) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(given.get()), "E060",
                        "config file not found", "check the --config path, or leave --config out to use "
                                + ConfigFile.DEFAULT_NAME + " from the working directory or the --dir directory"));
            }
            read = path;
            return ConfigFile.read(path, given.get());
        }
        Path inWorkingDir = environment.resolve(ConfigFile.DEFAULT_NAME);
        if (Files.isRegularFile(inWorkingDir)) {
            read = inWorkingDir;
            return ConfigFile.read(inWorkingDir, ConfigFile.DEFAULT_NAME);
        }
        missing.add(inWorkingDir);
        Optional<String> dir = typedDir();
        if (dir.isPresent()) {
            Path inDir = environment.resolve(dir.get()).resolve(ConfigFile.DEFAULT_NAME);
            if (Files.isRegularFile(inDir)) {
                read = inDir;
                return ConfigFile.read(inDir, Path.of(dir.get()).resolve(ConfigFile.DEFAULT_NAME).toString());
            }
            missing.add(inDir);
        }
        return ConfigFile.none();
    }

    /**
     * Records in {@code record} the config file this run read (its bytes now, which must be the bytes it parsed: a
     * change in between also changes the options, which key the result) and those it looked for and did not find.
     */
    public void recordInputs(CompileRecord record) throws java.io.IOException {
        config();
        missing.forEach(record::absent);
        if (read != null) {
            record.file(read, Files.readAllBytes(read));
        }
    }

    /** --dir as typed on the command line (never a default: the default comes from the file being chosen). */
    private Optional<String> typedDir() {
        if (verb == null || verb.findOption("--dir") == null) {
            return Optional.empty();
        }
        Object value = verb.findOption("--dir").getValue();
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /**
     * Whether the user typed {@code option} (a default from sqlbundle.yaml is not typed). Asks the option itself, so
     * it also works in a mixin inside a mixin, whose command has no command line of its own.
     */
    public static boolean typed(CommandLine.Model.CommandSpec command, String option) {
        CommandLine.Model.OptionSpec spec = command.findOption(option);
        return spec != null && !spec.originalStringValues().isEmpty();
    }
}
