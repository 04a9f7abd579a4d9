package org.sqlbundle.cli.options;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.sqlbundle.cli.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What verbs and option mixins need of the run besides their own options: its environment, --debug and the config
 * file in effect. The root command passes it down through their constructors ({@link #factory}), so nothing below it
 * reaches up to the root, which imports every verb.
 */
public final class RunContext {

    private final Environment environment;
    private final BooleanSupplier debug;
    private final ConfigDefaults defaults;

    /** {@code debug} and {@code configOption} read the global options once picocli has parsed them. */
    public RunContext(Environment environment, BooleanSupplier debug, Supplier<Optional<String>> configOption) {
        this.environment = environment;
        this.debug = debug;
        this.defaults = new ConfigDefaults(environment, configOption);
    }

    public Environment environment() {
        return environment;
    }

    /** Whether --debug was given: errors then show their stack traces. */
    public boolean debug() {
        return debug.getAsBoolean();
    }

    /** The config file in effect; {@code command} is the verb, whose typed --dir may name the project directory. */
    public ConfigFile config(CommandSpec command) {
        defaults.useVerb(command);
        return defaults.config();
    }

    /** The provider of sqlbundle.yaml defaults, read once per run. */
    public ConfigDefaults defaults() {
        return defaults;
    }

    /** Builds verbs and mixins, handing this context to those whose constructor takes one. */
    public CommandLine.IFactory factory() {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(RunContext.class).newInstance(RunContext.this);
                } catch (NoSuchMethodException noContext) {
                    return CommandLine.defaultFactory().create(type);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        };
    }
}
