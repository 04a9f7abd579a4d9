package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.cli.text.ConsoleProgress;

/** compile's progress line: on a terminal through verify's ConsoleProgress, nothing anywhere else. */
class CompileProgressTest {

    @TempDir
    Path work;

    private Outcome compile(String terminal, String out) {
        return Sqlbundle.runWithEnvironment(work, Map.of(Environment.STDERR_TERMINAL, terminal), "compile", "--dir",
                Fixtures.chain("linear-3").toString(), "--dialect", "sqlite,postgresql", "--feature", "lbaas",
                "--out", out);
    }

    @Test
    void notATerminalPrintsNothingOnStderr() {
        Outcome run = compile("0", "out");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void withoutTheLauncherAndWithoutAConsoleNothingIsPrinted() {
        // the test JVM has no console (surefire pipes its streams), as a CI job or a pipe has none
        Outcome run = Sqlbundle.run(work, "compile", "--dir", Fixtures.chain("linear-3").toString(), "--dialect",
                "h2", "--out", "out");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void onATerminalEveryPhaseIsShownInPlaceAndClearedAtTheEnd() {
        Outcome run = compile("1", "out");
        assertEquals(0, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.startsWith("\rcompiling: reading "), err);
        assertTrue(err.contains("\rcompiling 3/3 checking cccc00000003"), err);
        assertTrue(err.contains("\rcompiling 3/3 sqlite upgrade cccc00000003"), err);
        assertTrue(err.contains("\rcompiling 3/3 postgresql downgrade aaaa00000001"), err);
        assertFalse(err.contains("\n"), "one line rewritten in place: " + err);
        assertTrue(err.matches("(?s).*\r +\r"), "the line is blanked before the summary on stdout: " + err);
    }

    @Test
    void theLineIsTheOneVerifysConsoleProgressDraws() {
        StringWriter expected = new StringWriter();
        ConsoleProgress reused = new ConsoleProgress(new PrintWriter(expected), true, "compiling");
        reused.phase("reading " + Fixtures.chain("linear-3"));
        reused.step(1, 3, "checking aaaa00000001");
        String err = compile("1", "out").err();
        assertTrue(err.startsWith(expected.toString()), "expected to start with " + expected + " but was " + err);
    }

    @Test
    void progressLeavesTheBundlesByteIdentical() throws Exception {
        compile("1", "shown");
        compile("0", "silent");
        for (String d : new String[]{"sqlite", "postgresql"}) {
            for (String f : new String[]{"upgrade.sql", "downgrade.sql", "bundle.json", "MANIFEST.sha256"}) {
                assertEquals(Files.readString(work.resolve("silent").resolve(d).resolve(f)),
                        Files.readString(work.resolve("shown").resolve(d).resolve(f)), d + "/" + f);
            }
        }
    }
}
