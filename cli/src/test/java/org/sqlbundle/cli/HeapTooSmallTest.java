package org.sqlbundle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap far too small for the chain: one error line with the -Xmx advice and exit 3, not a stack trace. */
class HeapTooSmallTest {

    @TempDir
    Path work;

    @Test
    void aCompileThatRunsOutOfHeapEndsWithTheAdviceAndExitThree() throws Exception {
        Path chain = Files.createDirectories(work.resolve("chain"));
        String parent = "null";
        for (int i = 0; i < 3000; i++) {
            String id = String.format(java.util.Locale.ROOT, "r%06d", i);
            Files.writeString(chain.resolve(id + ".yaml"), "id: " + id + "\nparent: " + parent + "\nmessage: rev " + i
                    + "\nupgrade:\n  - create_table: {name: t" + i + ", columns: [{name: id, type: integer, "
                    + "nullable: false}, {name: v, type: string(40)}]}\n");
            parent = id;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx20m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "org.sqlbundle.cli.Main", "compile", "--dir", chain.toString(),
                "--dialect", "all", "--out", work.resolve("out").toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "a run out of heap must end, not thrash");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), output);
        assertTrue(output.contains("error: the Java heap (max "), output);
        assertTrue(output.contains("hint: give the JVM more memory, e.g. JAVA_OPTS=-Xmx2g"), output);
        assertFalse(output.contains("internal error") || output.contains("\tat "), output);
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
    }
}
