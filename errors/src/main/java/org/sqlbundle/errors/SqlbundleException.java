package org.sqlbundle.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception that crosses module boundaries. Its {@link Kind} decides the CLI exit code;
 * its problems carry positions. Messages never contain passwords.
 */
public class SqlbundleException extends RuntimeException {

    /** What went wrong, in the terms of the exit-code table in the README. */
    public enum Kind {
        /** A check failed: asymmetric downgrade, schema mismatch. Exit 1. */
        CHECK_FAILED(1),
        /** The input is wrong: revision files, references, options. Exit 2. */
        BAD_INPUT(2),
        /** Docker, a database connection, a client binary. Exit 3. */
        INFRASTRUCTURE(3);

        public final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;
    private final List<Problem> problems;

    public SqlbundleException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public SqlbundleException(Kind kind, String message) {
        this(kind, message, null);
    }

    public SqlbundleException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problems = List.of();
    }

    public static SqlbundleException badInput(Problem problem) {
        return new SqlbundleException(Kind.BAD_INPUT, List.of(problem));
    }

    public static SqlbundleException badInput(List<Problem> problems) {
        return new SqlbundleException(Kind.BAD_INPUT, problems);
    }

    public static SqlbundleException badInput(String message) {
        return new SqlbundleException(Kind.BAD_INPUT, message);
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
