package org.sqlbundle.cli;

import java.io.PrintStream;

/**
 * The JVM entry point: builds the command line, runs it, exits with its code. A heap too small for the run
 * ends as a one-line infrastructure error (exit 3) with the way to raise it: either when the heap runs out
 * or, earlier, when {@link HeapWatch} sees the run doing almost nothing but garbage collection.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ logs a banner and tips on first use; the process is the CLI's, so it (not the library) silences them
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        HeapWatch.start(Main::outOfHeap);
        int code;
        try {
            code = SqlbundleCommand.newCommandLine(Environment.system(), args).execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfHeap("ran out of memory");
        }
        System.exit(code);
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
