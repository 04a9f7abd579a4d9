package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/** check, compile and lint refuse a downgrade that leaves the model different, before any database exists. */
class SymmetryCommandTest {

    @TempDir
    Path work;

    private Path chain;

    @BeforeEach
    void forgottenIndex() throws IOException {
        chain = Files.createDirectories(work.resolve("revisions"));
        Files.writeString(chain.resolve("1.yaml"), "id: a1\nparent: null\nmessage: base\nupgrade:\n"
                + "  - create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}, "
                + "{name: n, type: integer}]}\n");
        Files.writeString(chain.resolve("2.yaml"), "id: b2\nparent: a1\nmessage: index\nupgrade:\n"
                + "  - create_index: {name: ix_t_n, table: t, columns: [n]}\n  - sql: {sql: \"update t set n = 0\"}\n"
                + "downgrade:\n  - sql: {sql: \"update t set n = null\"}\n");
    }

    @Test
    void checkCompileAndLintRefuseItAtTheDowngrade() {
        String expected = "2.yaml:7:1: error[E145]: revision b2: the downgrade does not restore the schema: index "
                + "ix_t_n on t: absent before the upgrade, present after the downgrade\n  hint: make the downgrade "
                + "undo every upgrade op";
        for (String[] args : new String[][] {{"check"}, {"lint"}, {"compile", "--dialect", "sqlite", "--out", "out"}}) {
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--dir";
            all[args.length + 1] = "revisions";
            Outcome run = Sqlbundle.run(work, all);
            assertEquals(2, run.exitCode(), args[0] + ": " + run.out() + run.err());
            assertTrue(run.err().contains(expected), args[0] + ": " + run.err());
        }
        assertTrue(Files.notExists(work.resolve("out")), "no bundle is written");
    }

    @Test
    void allowedOnTheCommandLineItIsAWarningAndRawSqlIsNamed() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", "revisions", "--allow-asymmetric", "b2");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("2.yaml:7:1: warning[E145]: revision b2: the downgrade does not restore the "
                + "schema (allowed by --allow-asymmetric): index ix_t_n on t"), run.err());
        assertTrue(run.out().startsWith("note: revision b2: contains sql ops; symmetry proven for the modelled ops "
                + "only, verify proves the rest\nOK: linear chain of 2 revisions"), run.out());
        Outcome compile = Sqlbundle.run(work, "compile", "--dir", "revisions", "--dialect", "sqlite", "--out", "out",
                "--allow-asymmetric", "head");
        assertEquals(0, compile.exitCode(), compile.out() + compile.err());
        assertTrue(compile.err().contains("warning[E145]"), compile.err());
    }

    @Test
    void allowedInTheRevisionFileItIsAWarning() throws IOException {
        Path file = chain.resolve("2.yaml");
        Files.writeString(file, Files.readString(file).replace("message: index\n",
                "message: index\nsymmetry: {allow_asymmetric: \"kept for the reporting job\"}\n"));
        Outcome run = Sqlbundle.run(work, "lint", "--dir", "revisions");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("warning[E145]: revision b2: the downgrade does not restore the schema (allowed"
                + " by the revision: kept for the reporting job): index ix_t_n on t"), run.err());
    }

    @Test
    void anUnknownRevisionToAllowIsBadInput() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", "revisions", "--allow-asymmetric", "zzzz");
        assertEquals(2, run.exitCode(), run.out() + run.err());
    }
}
