package org.sqlbundle.cli.options;

import org.sqlbundle.errors.SourcePos;
import picocli.CommandLine.Model.CommandSpec;

/** Where enabled features came from, for errors about them: the typed option, else the config file's key. */
final class FeatureSource {

    private FeatureSource() {
    }

    static SourcePos of(RunContext context, CommandSpec command, String option, String configKey) {
        if (ConfigDefaults.typed(command, option)) {
            return SourcePos.ofFile(option);
        }
        return context.config(command).position(configKey);
    }
}
