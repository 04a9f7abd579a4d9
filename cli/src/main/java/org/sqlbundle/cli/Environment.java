package org.sqlbundle.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a run depends on besides its arguments. Tests pass their own working directory (the JVM's can't
 * be changed), a seeded random source, so new revision ids are predictable, and their own environment
 * variables (SQLBUNDLE_URL, SQLBUNDLE_PASSWORD...).
 */
public record Environment(Path workingDir, RandomGenerator random, Map<String, String> variables) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own environment variables. */
    public Environment(Path workingDir, RandomGenerator random) {
        this(workingDir, random, System.getenv());
    }

    public static Environment system() {
        return new Environment(Path.of(""), new SecureRandom());
    }

    /** An environment variable; empty when unset or blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * Whether stderr is a terminal, worth a progress line. Java can't tell for stderr, so bin/sqlbundle says
     * ({@value #STDERR_TERMINAL} = 1 or 0); run any other way, a console (stdin and stdout on a terminal) decides.
     */
    public boolean stderrTerminal() {
        return variable(STDERR_TERMINAL).map("1"::equals).orElseGet(() -> System.console() != null);
    }

    /** Set by bin/sqlbundle: 1 when its stderr is a terminal, else 0. */
    public static final String STDERR_TERMINAL = "SQLBUNDLE_STDERR_TERMINAL";

    /** A path typed by the user, relative to the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path);
    }
}
