package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/**
 * A statement JSqlParser can't finish within --sql-parse-timeout (CPU seconds) is E143, exit 3, naming the option;
 * the budget comes from the command line or sqlbundle.yaml. A millisecond is far less than the statement needs.
 */
class SqlParseTimeoutTest {

    @TempDir
    Path work;

    private Path chain;

    @BeforeEach
    void aChainWithOneLongStatement() throws Exception {
        // one term a line, in a block scalar: a revision file's lines are limited to 65,536 characters
        StringBuilder sql = new StringBuilder("        SELECT * FROM t WHERE\n");
        for (int i = 0; i < 3000; i++) {
            sql.append("        ").append(i > 0 ? "OR " : "").append("(a").append(i).append(" = ").append(i)
                    .append(" AND b IN (1, 2))\n");
        }
        chain = Files.createDirectories(work.resolve("revisions"));
        Files.writeString(chain.resolve("0001_base.yaml"), "id: aaaa00000001\nparent: null\nmessage: base\n"
                + "upgrade:\n  - sql:\n      sql: |\n" + sql + "downgrade:\n  - sql: {sql: \"SELECT 1\"}\n");
    }

    @Test
    void theDefaultBudgetIsEnough() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", chain.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aSpentBudgetIsExit3WithTheOptionToRaiseIt() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", chain.toString(), "--sql-parse-timeout", "0.001");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("0001_base.yaml:5:5: error[E143]: sql: JSqlParser did not finish parsing this "
                + "SQL within 0.001 s of CPU time"), run.err());
        assertTrue(run.err().contains("hint: raise the budget with --sql-parse-timeout SECONDS"), run.err());
    }

    @Test
    void compileTakesTheBudgetFromTheConfigFile() throws Exception {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: revisions\nsql_parse_timeout: 0.001\n");
        Outcome run = Sqlbundle.run(work, "compile", "--dialect", "sqlite", "--out", "out");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[E143]"), run.err());
        Outcome raised = Sqlbundle.run(work, "compile", "--dialect", "sqlite", "--out", "out",
                "--sql-parse-timeout", "60");
        assertEquals(0, raised.exitCode(), raised.err());
    }

    @Test
    void aBudgetThatIsNotSecondsIsBadInput() throws Exception {
        Outcome run = Sqlbundle.run(work, "check", "--dir", chain.toString(), "--sql-parse-timeout", "6s");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[E059]: '6s' is not a number of seconds"), run.err());
        Files.writeString(work.resolve("sqlbundle.yaml"), "sql_parse_timeout: 0\n");
        Outcome config = Sqlbundle.run(work, "check", "--dir", chain.toString());
        assertEquals(2, config.exitCode(), config.err());
        assertTrue(config.err().contains("sqlbundle.yaml:1:20: error[E061]: sql_parse_timeout '0'"), config.err());
    }
}
