package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.compiler.internal.lint.Linter;

class LintCommandTest {

    @TempDir
    Path work;

    private Path chain;

    /** linear-3 plus a revision with one warning (L002) and one error (L003). */
    @BeforeEach
    void riskyChain() throws IOException {
        chain = work.resolve("revisions");
        Fixtures.copyChain("linear-3", chain);
        String longName = "ix_" + "x".repeat(70);
        Files.writeString(chain.resolve("0004_risky.yaml"), "id: dddd00000004\nparent: cccc00000003\n"
                + "message: risky\nupgrade:\n  - create_table:\n      name: audit\n      columns:\n"
                + "        - {name: id, type: integer, primary_key: true}\n        - {name: who, type: text}\n"
                + "  - alter_column: {table: audit, name: who, nullable: false}\n"
                + "  - create_index: {name: " + longName + ", table: audit, columns: [who]}\n");
    }

    @Test
    void exampleChainIsClean() {
        Path example = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).resolve("examples/lbaas/revisions");
        Outcome run = Sqlbundle.run(work, "lint", "--dir", example.toString(), "--strict");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("lint: 0 errors, 0 warnings in 18 revisions (strict: warnings fail)\n", run.out());
    }

    /** Issue 13: lint was silent on a check expression that closed CHECK (...) and created a table. */
    @Test
    void aCheckExpressionThatIsNotOneBooleanExpressionStopsLintAtItsLine() throws IOException {
        Files.writeString(chain.resolve("0004_risky.yaml"), "id: dddd00000004\nparent: cccc00000003\n"
                + "message: injected\nupgrade:\n  - create_table:\n      name: audit\n      columns:\n"
                + "        - {name: id, type: integer, primary_key: true}\n"
                + "  - add_check: {table: audit, name: ck_audit, expression: \"id > 0)); create table pwned (i int); "
                + "select ((1\"}\n");
        Outcome run = Sqlbundle.run(work, "lint", "--dir", chain.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("0004_risky.yaml:9:") && run.err().contains("error[E144]"), run.err());
        assertTrue(run.err().contains("hint:"), run.err());
    }

    @Test
    void anErrorFailsWithExitOneAndFileLinePositions() {
        Outcome run = Sqlbundle.run(work, "lint", "--dir", chain.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("0004_risky.yaml:11:5: error[L003]: revision dddd00000004: index name 'ix_xxx"),
                run.out());
        assertTrue(run.out().endsWith("lint: 1 error, 0 warnings in 4 revisions\n"), "L002 does not fire: the table is"
                + " created in the same revision, so it has no rows yet: " + run.out());
    }

    @Test
    void dialectsWithoutTheLimitPassAndStrictTurnsWarningsIntoFailures() throws IOException {
        Outcome lenient = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--dialect", "sqlite,h2");
        assertEquals(0, lenient.exitCode(), lenient.out() + lenient.err());
        Files.writeString(chain.resolve("0005_not_null.yaml"), "id: eeee00000005\nparent: dddd00000004\n"
                + "message: m\nupgrade:\n  - add_column: {table: audit, column: {name: at, type: date, "
                + "nullable: false}}\n");
        Outcome warned = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--dialect", "sqlite,h2");
        assertEquals(0, warned.exitCode(), warned.out());
        assertTrue(warned.out().contains("warning[L001]"), warned.out());
        Outcome strict = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--dialect", "sqlite,h2", "--strict");
        assertEquals(1, strict.exitCode(), strict.out());
        Outcome ignored = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--dialect", "sqlite,h2", "--strict",
                "--ignore", "L001");
        assertEquals(0, ignored.exitCode(), ignored.out());
    }

    @Test
    void jsonReportParses() throws IOException {
        Outcome run = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(4, root.get("revisions").asInt());
        assertEquals(1, root.get("errors").asInt());
        JsonNode f = root.get("findings").get(0);
        assertEquals("L003", f.get("code").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("dddd00000004", f.get("revision").asText());
        assertEquals(11, f.get("line").asInt());
        assertTrue(f.get("hint").asText().contains("shorter name"));
    }

    @Test
    void badOptionsAreBadInput() {
        Outcome format = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("--format must be text or json"), format.err());
        Outcome code = Sqlbundle.run(work, "lint", "--dir", chain.toString(), "--ignore", "L999");
        assertEquals(2, code.exitCode());
        assertTrue(code.err().contains("unknown lint code 'L999'"), code.err());
    }

    @Test
    void listNamesEveryRule() {
        Outcome run = Sqlbundle.run(work, "lint", "--list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("L001  warning  NOT NULL column without default"), run.out());
        assertTrue(run.out().contains("L003  error    identifier longer than a dialect allows"), run.out());
        assertEquals(Linter.rules().size(), run.out().lines().count());
    }
}
