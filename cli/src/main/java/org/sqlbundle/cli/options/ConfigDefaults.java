package org.sqlbundle.cli.options;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlbundle.cli.SqlbundleCommand;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;
import picocli.CommandLine;

/**
 * Feeds sqlbundle.yaml values to options marked {@link FromConfig}. picocli asks only for options the
 * user did not type, after parsing the ones typed, so the command line wins and --config is already
 * known wherever it appears. picocli also asks while printing help, so an unreadable config file gives
 * no default here; {@link ConfigCheckedExecution} reports it before any verb runs.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

    private final SqlbundleCommand top;
    private ConfigFile chosen;
    private CommandLine.Model.CommandSpec verb;

    public ConfigDefaults(SqlbundleCommand top) {
        this.top = top;
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
     * The instance the command line already uses, found from any of its commands, so the config file is read once
     * per run; a new one only for a command used outside {@link SqlbundleCommand#newCommandLine}.
     */
    public static ConfigDefaults of(CommandLine.Model.CommandSpec anyCommand) {
        ConfigDefaults defaults = anyCommand.commandLine() != null
                && anyCommand.commandLine().getDefaultValueProvider() instanceof ConfigDefaults shared
                ? shared : new ConfigDefaults(SqlbundleCommand.of(anyCommand));
        defaults.useVerb(anyCommand);
        return defaults;
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
        Optional<String> given = top.config();
        if (given.isPresent()) {
            Path path = top.environment().resolve(given.get());
            if (!Files.isRegularFile(path)) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(given.get()), "E060",
                        "config file not found", "check the --config path, or leave --config out to use "
                                + ConfigFile.DEFAULT_NAME + " from the working directory or the --dir directory"));
            }
            return ConfigFile.read(path, given.get());
        }
        Path inWorkingDir = top.environment().resolve(ConfigFile.DEFAULT_NAME);
        if (Files.isRegularFile(inWorkingDir)) {
            return ConfigFile.read(inWorkingDir, ConfigFile.DEFAULT_NAME);
        }
        Optional<String> dir = typedDir();
        if (dir.isPresent()) {
            Path inDir = top.environment().resolve(dir.get()).resolve(ConfigFile.DEFAULT_NAME);
            if (Files.isRegularFile(inDir)) {
                return ConfigFile.read(inDir, Path.of(dir.get()).resolve(ConfigFile.DEFAULT_NAME).toString());
            }
        }
        return ConfigFile.none();
    }

    /** --dir as typed on the command line (never a default: the default comes from the file being chosen). */
    private Optional<String> typedDir() {
        if (verb == null || verb.findOption("--dir") == null) {
            return Optional.empty();
        }
        Object value = verb.findOption("--dir").getValue();
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
