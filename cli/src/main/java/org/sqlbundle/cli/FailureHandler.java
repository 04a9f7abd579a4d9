package org.sqlbundle.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.Secrets;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine;

/**
 * The one place where failures become text on stderr and an exit code: SqlbundleException problems print
 * compiler-style and exit with their kind's code (2 bad input, 1 check failed, 3 infrastructure); usage
 * errors exit 2; an I/O error the code did not catch and a heap too small end as infrastructure (3); anything
 * else is a bug in sqlbundle and exits 1. Stack traces only with --debug. Every line goes through
 * {@link Secrets#scrub}: driver messages and URLs may carry a password.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    static final int INFRASTRUCTURE = SqlbundleException.Kind.INFRASTRUCTURE.exitCode;

    private final BooleanSupplier debug;

    /** {@code debug} reads --debug once parsed. */
    FailureHandler(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(ex, commandLine);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(Secrets.scrub("error: " + ex.getMessage()));
        StringWriter suggestions = new StringWriter();
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, new PrintWriter(suggestions, true));
        err.print(Secrets.scrub(suggestions.toString()));
        err.println("hint: run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private int report(Exception ex, CommandLine commandLine) {
        if (Interruption.happened()) {
            // the signal's handler said so; this is the run failing under the cleanup's closed connections
            return INFRASTRUCTURE;
        }
        if (outOfHeapInside(ex)) {
            return outOfHeap("ran out of memory");
        }
        PrintWriter err = commandLine.getErr();
        if (debug.getAsBoolean()) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace, true));
            err.print(Secrets.scrub(trace.toString()));
        }
        int code;
        if (ex instanceof SqlbundleException e) {
            if (e.problems().isEmpty()) {
                err.println(Secrets.scrub("error: " + e.getMessage()));
            }
            for (Problem problem : e.problems()) {
                err.println(Secrets.scrub(problem.format()));
            }
            code = e.kind().exitCode;
        } else if (ex instanceof UncheckedIOException u) {
            err.println(Secrets.scrub("error: " + IoErrors.describe(u)));
            err.println("hint: " + IoErrors.hint(u.getCause()));
            code = INFRASTRUCTURE;
        } else {
            err.println(Secrets.scrub("internal error: " + ex));
            err.println("hint: this is a bug in sqlbundle; rerun with --debug for the stack trace and report it");
            code = CommandLine.ExitCode.SOFTWARE;
        }
        err.flush();
        return code;
    }

    /**
     * The JVM may throw one preallocated OutOfMemoryError again from a try-with-resources close, and
     * addSuppressed then fails with "Self-suppression not permitted" carrying it as the cause: the run still
     * ran out of heap, whatever wraps it.
     */
    static boolean outOfHeapInside(Throwable ex) {
        int depth = 0;
        for (Throwable t = ex; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof OutOfMemoryError) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Prints the error and the -Xmx advice; returns the exit code. Allocates little: the heap is full. */
    static int outOfHeap(String what) {
        PrintStream err = System.err;
        err.println("error: the Java heap (max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) is too "
                + "small for this run: " + what);
        err.println("hint: give the JVM more memory, e.g. JAVA_OPTS=-Xmx2g bin/sqlbundle ..., or split the run "
                + "(a smaller --range, fewer dialects)");
        err.flush();
        return FailureHandler.INFRASTRUCTURE;
    }
}
