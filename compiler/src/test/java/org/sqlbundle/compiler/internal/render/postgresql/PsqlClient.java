package org.sqlbundle.compiler.internal.render.postgresql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a script through the real psql client, as a bundle is run: ON_ERROR_STOP, no psqlrc. */
final class PsqlClient {

    record Result(int exitCode, String output) {
    }

    private PsqlClient() {
    }

    static Result run(int port, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("sqlbundle-psql", ".sql");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("/usr/bin/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                    "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres", "-f", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
