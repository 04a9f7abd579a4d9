package org.sqlbundle.verifier.internal.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.ReplayFailure;
import org.sqlbundle.runtime.ScriptStatement;
import org.sqlbundle.runtime.StatementSplitter;
import org.sqlbundle.verifier.internal.target.ClientCommand;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * Runs a script file through the client a DBA would use (sqlite3 -bail, psql -v ON_ERROR_STOP=1, mariadb/mysql),
 * with the script on stdin, because a bundle must work there and not only through JDBC. A non-zero exit becomes a
 * {@link ReplayFailure} carrying the client's stderr; the line the client names is mapped back to the statement.
 */
public final class ClientReplay {

    /** psql says {@code psql:<stdin>:12: ERROR}, mariadb {@code at line 12}, sqlite3 {@code near line 12}. */
    private static final Pattern REPORTED_LINE = Pattern.compile("(?:<stdin>:|line )(\\d+)");

    private ClientReplay() {
    }

    public static ClientResult run(Target target, Path script) {
        ClientCommand command = target.clientCommand().orElseThrow(() -> SqlbundleException.badInput(
                target.describe() + " has no command-line client to replay with; use JDBC replay"));
        return run(command, target.dialect(), script);
    }

    public static ClientResult run(ClientCommand command, Dialect dialect, Path script) {
        ClientResult result = execute(command, script);
        if (result.exitCode() != 0) {
            throw failure(dialect, script, result);
        }
        return result;
    }

    private static ClientResult execute(ClientCommand command, Path script) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("sqlbundle-client-", ".out");
            err = Files.createTempFile("sqlbundle-client-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command.argv())
                    .redirectInput(script.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(command.environment());
            int exit = builder.start().waitFor();
            return new ClientResult(exit, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot run the client '" + command.argv().get(0) + "' (" + command.description() + "): "
                            + e.getMessage() + "; is it installed?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "interrupted while running " + command.description(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static ReplayFailure failure(Dialect dialect, Path script, ClientResult result) {
        String stderr = result.stderr().isBlank() ? "exit code " + result.exitCode() : result.stderr().strip();
        Matcher m = REPORTED_LINE.matcher(stderr);
        if (!m.find()) {
            return new ReplayFailure(script.toString(), OptionalInt.empty(), Optional.empty(), stderr);
        }
        int reported = Integer.parseInt(m.group(1));
        Optional<ScriptStatement> statement = statementAt(dialect, script, reported);
        OptionalInt line = statement.map(s -> OptionalInt.of(s.line())).orElse(OptionalInt.of(reported));
        return new ReplayFailure(script.toString(), line, statement.map(ScriptStatement::sql), stderr);
    }

    /** The last statement starting at or before the line a client reported (psql reports a statement's last line). */
    private static Optional<ScriptStatement> statementAt(Dialect dialect, Path script, int reportedLine) {
        try {
            List<ScriptStatement> statements = StatementSplitter.forDialect(dialect)
                    .split(Files.readString(script, StandardCharsets.UTF_8));
            ScriptStatement found = null;
            for (ScriptStatement s : statements) {
                if (s.line() <= reportedLine) {
                    found = s;
                }
            }
            return Optional.ofNullable(found);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless; the replay result matters more
            }
        }
    }
}
