package org.sqlbundle.cli.alembic;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.sqlbundle.testing.RequiredClient;

/**
 * Alembic itself, run as its users run it ({@code python3 -m alembic -c alembic.ini ...}), for the tests that
 * compare the imported chain with Alembic's own output. Debian's python3-alembic (installed by .ci/run) lives
 * under /usr/bin/python3; a python3 earlier on PATH may lack it. On CI (CI=true) a missing Alembic or DB-API
 * driver fails the class; elsewhere it skips with the install line.
 */
final class AlembicPython {

    static final String PACKAGES = "python3-alembic python3-psycopg2 python3-pymysql";
    private static final List<String> CANDIDATES = List.of("/usr/bin/python3", "python3");

    private final String python;

    private AlembicPython(String python) {
        this.python = python;
    }

    /** The first Python that imports alembic, sqlalchemy and both drivers; fails on CI, skips elsewhere. */
    static AlembicPython require() {
        for (String candidate : CANDIDATES) {
            if (candidate.startsWith("/") && !Files.isExecutable(Path.of(candidate))) {
                continue;
            }
            try {
                Result r = run(List.of(candidate, "-c", "import alembic, sqlalchemy, psycopg2, pymysql"), null);
                if (r.exitCode() == 0) {
                    return new AlembicPython(candidate);
                }
            } catch (IOException e) {
                // not installed under this name: try the next one
            }
        }
        String message = "no python3 with Alembic, SQLAlchemy, psycopg2 and PyMySQL (apt-get install -y " + PACKAGES
                + "; .ci/run installs them)";
        if (RequiredClient.onCi()) {
            fail(message + " on CI");
        }
        Assumptions.assumeTrue(false, "skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    /** What a command printed; stdout and stderr apart, since --sql output is stdout only. */
    record Result(int exitCode, String out, String err) {
    }

    /** {@code python -m alembic -c <project>/alembic.ini <args>}, failing the test unless it exits 0. */
    String alembic(Path project, String... args) {
        List<String> argv = new ArrayList<>(List.of(python, "-m", "alembic", "-c",
                project.resolve("alembic.ini").toString()));
        argv.addAll(List.of(args));
        try {
            Result r = run(argv, project);
            if (r.exitCode() != 0) {
                fail("alembic " + String.join(" ", args) + " exited " + r.exitCode() + ":\n" + r.err());
            }
            return r.out();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + python, e);
        }
    }

    /** Alembic's offline script for {@code dialect}, e.g. {@code upgrade base:head}. */
    String offlineSql(Path project, String dialect, String command, String range) {
        return alembic(project, "-x", "dialect=" + dialect, command, range, "--sql");
    }

    private static Result run(List<String> argv, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        // the chain is a test resource: no __pycache__ beside it
        Map<String, String> env = pb.environment();
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        Path err = Files.createTempFile("alembic-err", ".txt");
        try {
            pb.redirectError(err.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(String.join(" ", argv) + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + argv.get(0), e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
