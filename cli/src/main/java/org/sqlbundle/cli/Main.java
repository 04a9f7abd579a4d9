package org.sqlbundle.cli;

/** The JVM entry point: builds the command line, runs it, exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SqlbundleCommand.newCommandLine(Environment.system(), args).execute(args));
    }
}
