package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Runs the reader (alembic_*.py, shipped as resources) under a Python that has Alembic and SQLAlchemy, and returns
 * its JSON. Executing the revisions, not parsing them, is what lets helpers, loops and SQLAlchemy's own objects be
 * exactly what Alembic would see.
 */
public final class PythonReader {

    static final List<String> SCRIPTS = List.of("alembic_main.py", "alembic_explore.py", "alembic_record.py");
    static final String INSTALL_HINT = "install Alembic for that Python (Debian: apt-get install python3-alembic; "
            + "elsewhere: python3 -m pip install alembic), or pass --python PATH of one that has it";
    private static final long TIMEOUT_MINUTES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonReader() {
    }

    /** The first of python3 on PATH and /usr/bin/python3 that can import alembic and sqlalchemy, if any. */
    public static Optional<String> findPython() {
        List<String> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, "python3");
                if (Files.isExecutable(p)) {
                    candidates.add(p.toString());
                    break;
                }
            }
        }
        candidates.add("/usr/bin/python3");
        return candidates.stream().filter(PythonReader::hasAlembic).findFirst();
    }

    static boolean hasAlembic(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import alembic, sqlalchemy").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The Python to run: the one given (checked) or the first found; E151 when none can import Alembic. */
    public static String python(Optional<String> given) {
        if (given.isPresent()) {
            if (!hasAlembic(given.get())) {
                throw missing(given.get(), "this Python cannot import alembic and sqlalchemy");
            }
            return given.get();
        }
        return findPython().orElseThrow(() -> missing("python3", "no Python that can import alembic and sqlalchemy "
                + "(tried python3 on PATH and /usr/bin/python3); the import runs the revisions under Alembic"));
    }

    private static SqlbundleException missing(String python, String what) {
        return new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                List.of(Problem.of(SourcePos.ofFile(python), "E151", what, INSTALL_HINT)));
    }

    /** Runs the reader over {@code versions}; the condition text -> feature map goes along as JSON. */
    public static JsonNode read(String python, Path versions, Map<String, String> featureMap) {
        Path work = null;
        try {
            work = Files.createTempDirectory("sqlbundle-alembic");
            for (String script : SCRIPTS) {
                try (InputStream in = PythonReader.class.getResourceAsStream(script)) {
                    Files.copy(in, work.resolve(script));
                }
            }
            Path map = work.resolve("feature-map.json");
            JSON.writeValue(map.toFile(), featureMap);
            Path out = work.resolve("out.json");
            Path err = work.resolve("err.txt");
            ProcessBuilder pb = new ProcessBuilder(python, work.resolve("alembic_main.py").toString(),
                    versions.toAbsolutePath().toString(), map.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw infrastructure("the Alembic reader ran longer than " + TIMEOUT_MINUTES + " minutes", "");
            }
            if (p.exitValue() != 0) {
                throw infrastructure("the Alembic reader failed (exit " + p.exitValue() + ")",
                        Files.readString(err, StandardCharsets.UTF_8));
            }
            return JSON.readTree(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw infrastructure("interrupted while reading the Alembic chain", "");
        } finally {
            deleteQuietly(work);
        }
    }

    private static SqlbundleException infrastructure(String what, String stderr) {
        String tail = stderr.strip();
        return new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, List.of(Problem.of(
                SourcePos.ofFile("alembic_main.py"), "E156", what + (tail.isEmpty() ? "" : ":\n" + tail),
                "run it again with the same Python; report the output above if it repeats")));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the import for
        }
    }
}
