package org.sqlbundle.compiler.internal.render.sqlite;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sqlbundle.testing.RequiredClient;

/**
 * Test fixture: the real {@code sqlite3} command-line client (Debian 12 ships 3.40.1), which is what bundle
 * users run; it has none of the newer features the JDBC driver's bundled SQLite has.
 */
final class SqliteClient {

    static final Path BINARY = Path.of("/usr/bin/sqlite3");

    record Result(int exitCode, String stdout, String stderr) {
    }

    private SqliteClient() {
    }

    /** Skips the calling test when the client is missing, except on CI, where a missing client is a failure. */
    static void requireClient() {
        RequiredClient.require(BINARY.toString(), "sqlite3");
    }

    /** The statements as a script file, each ended by ';', run with {@code sqlite3 -bail db < script}. */
    static Result runScript(Path db, List<String> statements) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (String s : statements) {
            script.append(s).append(";\n");
        }
        return runScript(db, script.toString());
    }

    /** A whole script (a bundle, say) run with {@code sqlite3 -bail db < script}. */
    static Result runScript(Path db, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile(db.getParent(), "script", ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return run(List.of(BINARY.toString(), "-bail", db.toString()), file);
    }

    /** One query through the client, rows printed as the client does: columns joined with '|'. */
    static String query(Path db, String sql) throws IOException, InterruptedException {
        Result r = runScript(db, List.of(sql));
        if (r.exitCode() != 0) {
            fail("sqlite3 failed on " + sql + ": " + r.stderr());
        }
        return r.stdout().strip();
    }

    private static Result run(List<String> command, Path stdin) throws IOException, InterruptedException {
        Path out = Files.createTempFile(stdin.getParent(), "out", ".txt");
        Path err = Files.createTempFile(stdin.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(command).redirectInput(stdin.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(out), Files.readString(err));
    }
}
