package org.sqlbundle.maven;

import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The CLI's exit codes as Maven sees them: bad input (exit 2) and a failed check (exit 1) fail the build
 * (MojoFailureException: the project is wrong); infrastructure (exit 3: Docker, a database) is an execution error.
 * Every problem is logged compiler-style, one {@code file:line:col: error[E...]} line and its hint, as the CLI prints.
 */
final class MojoFailures {

    private MojoFailures() {
    }

    static void raise(SqlbundleException e, Log log) throws MojoExecutionException, MojoFailureException {
        String text = e.problems().isEmpty() ? "error: " + e.getMessage()
                : e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
        text.lines().forEach(log::error);
        String message = "sqlbundle: " + text;
        if (e.kind() == SqlbundleException.Kind.INFRASTRUCTURE) {
            throw new MojoExecutionException(message, e);
        }
        throw new MojoFailureException(message, e);
    }
}
