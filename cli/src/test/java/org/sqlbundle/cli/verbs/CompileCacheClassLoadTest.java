package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;

/**
 * A compile answered from the result cache is a JVM start, hashing and writing: it loads none of the libraries that
 * read and render a chain. Run as its own process under {@code -Xlog:class+load}, as the launcher runs it.
 */
class CompileCacheClassLoadTest {

    /** What a compile from scratch loads and a hit must not: jOOQ, Velocity, SnakeYAML, JSqlParser. */
    private static final List<String> COMPILING_LIBRARIES = List.of("org.jooq.", "org.apache.velocity.",
            "org.yaml.snakeyaml.", "net.sf.jsqlparser.");

    @TempDir
    Path work;

    @Test
    void aHitLoadsNoClassOfTheLibrariesThatCompile() throws Exception {
        Fixtures.copyChain("linear-3", work.resolve("revisions"));
        List<String> cold = loadedClasses("cold");
        for (String library : COMPILING_LIBRARIES) {
            assertTrue(cold.stream().anyMatch(c -> c.startsWith(library)), "a compile loads " + library);
        }
        List<String> hit = loadedClasses("hit");
        List<String> loaded = hit.stream().filter(c -> COMPILING_LIBRARIES.stream().anyMatch(c::startsWith)).toList();
        assertEquals(List.of(), loaded);
        assertEquals(Files.readString(work.resolve("cold/postgresql/upgrade.sql")),
                Files.readString(work.resolve("hit/postgresql/upgrade.sql")));
    }

    /** Compiles into {@code out} in a new JVM; the names of the classes it loaded. */
    private List<String> loadedClasses(String out) throws Exception {
        Path log = work.resolve(out + ".classes");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process compile = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), "org.sqlbundle.cli.Main", "compile", "--dir", "revisions",
                "--cache-dir", "cache", "--dialect", "postgresql,mysql", "--feature", "lbaas", "--out", out)
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(out + ".log").toFile()).start();
        assertTrue(compile.waitFor(120, TimeUnit.SECONDS), "compile finished");
        assertEquals(0, compile.exitValue(), Files.readString(work.resolve(out + ".log")));
        // lines such as "[0.123s][info][class,load] org.jooq.SQLDialect source: jar:file:..."
        return Files.readAllLines(log).stream().filter(l -> l.contains("[class,load]"))
                .map(l -> l.substring(l.indexOf("[class,load]") + "[class,load]".length()).trim().split(" ")[0])
                .toList();
    }
}
