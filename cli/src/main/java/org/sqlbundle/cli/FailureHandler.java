package org.sqlbundle.cli;

import java.io.PrintWriter;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;
import picocli.CommandLine;

/**
 * The one place where failures become text on stderr and an exit code: SqlbundleException problems print
 * compiler-style and exit with their kind's code (2 bad input, 1 check failed, 3 infrastructure); usage
 * errors exit 2; anything else is a bug in sqlbundle and exits 1. Stack traces only with --debug.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(ex, commandLine);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("hint: run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static int report(Exception ex, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (SqlbundleCommand.of(commandLine.getCommandSpec()).debug()) {
            ex.printStackTrace(err);
        }
        int code;
        if (ex instanceof SqlbundleException e) {
            if (e.problems().isEmpty()) {
                err.println("error: " + e.getMessage());
            }
            for (Problem problem : e.problems()) {
                err.println(problem.format());
            }
            code = e.kind().exitCode;
        } else {
            err.println("internal error: " + ex);
            err.println("hint: this is a bug in sqlbundle; rerun with --debug for the stack trace and report it");
            code = CommandLine.ExitCode.SOFTWARE;
        }
        err.flush();
        return code;
    }
}
