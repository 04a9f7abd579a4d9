package org.sqlbundle.cli.options;

import org.sqlbundle.compiler.source.SourcePos;
import picocli.CommandLine.Model.CommandSpec;

/** Where enabled features came from, for errors about them: the typed option, else the config file's key. */
final class FeatureSource {

    private FeatureSource() {
    }

    static SourcePos of(CommandSpec command, String option, String configKey) {
        var parsed = command.commandLine() == null ? null : command.commandLine().getParseResult();
        if (parsed != null && parsed.hasMatchedOption(option)) {
            return SourcePos.ofFile(option);
        }
        return ConfigDefaults.of(command).config().position(configKey);
    }
}
