package org.sqlbundle.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * What a run depends on besides its arguments. Tests pass their own working directory (the JVM's can't
 * be changed) and a seeded random source, so new revision ids are predictable.
 */
public record Environment(Path workingDir, RandomGenerator random) {

    public static Environment system() {
        return new Environment(Path.of(""), new SecureRandom());
    }

    /** A path typed by the user, relative to the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path);
    }
}
