package org.sqlbundle.cli;

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
        HeapWatch.start(FailureHandler::outOfHeap);
        int code;
        try {
            code = SqlbundleCommand.newCommandLine(Environment.system(), args).execute(args);
        } catch (OutOfMemoryError e) {
            code = FailureHandler.outOfHeap("ran out of memory");
        }
        System.exit(code);
    }
}
