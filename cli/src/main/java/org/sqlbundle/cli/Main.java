package org.sqlbundle.cli;

/** The JVM entry point: builds the command line, runs it, exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ logs a banner and tips on first use; the process is the CLI's, so it (not the library) silences them
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(SqlbundleCommand.newCommandLine(Environment.system(), args).execute(args));
    }
}
