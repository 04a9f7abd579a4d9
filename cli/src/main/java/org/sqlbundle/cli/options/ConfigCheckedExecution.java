package org.sqlbundle.cli.options;

import picocli.CommandLine;

/**
 * Runs the verb only once the config file has been read without error, so a typo in sqlbundle.yaml
 * fails every verb the same way instead of only those that happen to need a default. Help and version
 * requests still work with a broken config file: they are how one finds out what the keys are.
 */
public final class ConfigCheckedExecution implements CommandLine.IExecutionStrategy {

    private final ConfigDefaults defaults;

    public ConfigCheckedExecution(ConfigDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public int execute(CommandLine.ParseResult parseResult) {
        Integer helpExitCode = CommandLine.executeHelpRequest(parseResult);
        if (helpExitCode != null) {
            return helpExitCode;
        }
        CommandLine.ParseResult verb = parseResult;
        while (verb.hasSubcommand()) {
            verb = verb.subcommand();
        }
        defaults.useVerb(verb.commandSpec());
        try {
            defaults.config();
        } catch (RuntimeException unreadable) {
            // wrapped so picocli hands it to the execution exception handler, like a verb's own failure
            throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(),
                    unreadable.getMessage(), unreadable);
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
