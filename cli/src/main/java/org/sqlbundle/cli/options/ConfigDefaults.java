package org.sqlbundle.cli.options;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
    private final Map<Path, ConfigFile> loaded = new HashMap<>();

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
        return anyCommand.commandLine() != null
                && anyCommand.commandLine().getDefaultValueProvider() instanceof ConfigDefaults shared
                ? shared : new ConfigDefaults(SqlbundleCommand.of(anyCommand));
    }

    /** The config file in effect: --config FILE (must exist), else sqlbundle.yaml if present. Throws if unreadable. */
    public ConfigFile config() {
        Optional<String> given = top.config();
        String displayName = given.orElse(ConfigFile.DEFAULT_NAME);
        Path path = top.environment().resolve(displayName);
        return loaded.computeIfAbsent(path, p -> {
            if (Files.isRegularFile(p)) {
                return ConfigFile.read(p, displayName);
            }
            if (given.isPresent()) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(displayName), "E060",
                        "config file not found", "check the --config path, or leave --config out to use "
                                + ConfigFile.DEFAULT_NAME + " from the working directory if there is one"));
            }
            return ConfigFile.none();
        });
    }
}
