package org.sqlbundle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;
import java.util.random.RandomGenerator;
import picocli.CommandLine;

/** Runs the CLI in-process, as Main does, capturing stdout, stderr and the exit code. */
public final class Sqlbundle {

    /** The seed every run uses unless told otherwise, so new revision ids are predictable. */
    public static final long SEED = 42;

    /** What one run printed and returned. */
    public record Outcome(int exitCode, String out, String err) {
    }

    private Sqlbundle() {
    }

    public static Outcome run(Path workingDir, String... args) {
        return run(workingDir, new Random(SEED), args);
    }

    /** A run that sees {@code variables} as its environment variables instead of the process's. */
    public static Outcome runWithEnvironment(Path workingDir, java.util.Map<String, String> variables, String... args) {
        return run(SqlbundleCommand.newCommandLine(new Environment(workingDir, new Random(SEED), variables), args), args);
    }

    public static Outcome run(Path workingDir, RandomGenerator random, String... args) {
        // as Main does: only the verb the arguments name is set up
        return run(SqlbundleCommand.newCommandLine(new Environment(workingDir, random), args), args);
    }

    public static Outcome run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
