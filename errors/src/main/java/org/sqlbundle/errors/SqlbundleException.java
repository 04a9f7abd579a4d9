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

        /** The process exit code the CLI uses for this kind: 1, 2 or 3. */
        public final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;
    private final List<Problem> problems;

    /**
     * An exception listing problems with positions; its message is their compiler-style lines joined by newlines. The
     * list is copied.
     */
    public SqlbundleException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception with a plain message and no positioned problems, for trouble that has no place in a file (a
     * connection, an option).
     */
    public SqlbundleException(Kind kind, String message) {
        this(kind, message, null);
    }

    /**
     * As {@link #SqlbundleException(Kind, String)}, keeping the underlying exception (a JDBC or I/O error) as the
     * cause.
     */
    public SqlbundleException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problems = List.of();
    }

    /** A {@link Kind#BAD_INPUT} exception for one positioned problem (exit code 2). */
    public static SqlbundleException badInput(Problem problem) {
        return new SqlbundleException(Kind.BAD_INPUT, List.of(problem));
    }

    /** A {@link Kind#BAD_INPUT} exception for several positioned problems, reported together (exit code 2). */
    public static SqlbundleException badInput(List<Problem> problems) {
        return new SqlbundleException(Kind.BAD_INPUT, problems);
    }

    /** A {@link Kind#BAD_INPUT} exception with a plain message and no position (exit code 2). */
    public static SqlbundleException badInput(String message) {
        return new SqlbundleException(Kind.BAD_INPUT, message);
    }

    /** What went wrong; {@code kind().exitCode} is the CLI's exit code. Never null. */
    public Kind kind() {
        return kind;
    }

    /** The positioned problems, in the order found; empty (never null) for an exception built from a plain message. */
    public List<Problem> problems() {
        return problems;
    }
}
