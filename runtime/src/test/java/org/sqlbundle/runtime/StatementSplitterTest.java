package org.sqlbundle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Dialect;

class StatementSplitterTest {

    private static List<ScriptStatement> split(Dialect dialect, String script) {
        return StatementSplitter.forDialect(dialect).split(script);
    }

    @Test
    void splitsAtSemicolonsAndSkipsLeadingCommentsForLineNumbers() {
        String script = "-- header\n-- more\nCREATE TABLE a (x INT);\n\n/* block\n comment */\nINSERT INTO a VALUES (1);\n";
        assertEquals(List.of(new ScriptStatement(3, "CREATE TABLE a (x INT)"), new ScriptStatement(7, "INSERT INTO a VALUES (1)")),
                split(Dialect.H2, script));
    }

    @Test
    void semicolonsInsideStringsCommentsAndQuotedNamesDoNotSplit() {
        String script = "INSERT INTO t VALUES ('a;b', 'it''s; fine'); -- trailing; comment\n"
                + "SELECT \"odd;name\" /* ; */ FROM t;";
        assertEquals(List.of(new ScriptStatement(1, "INSERT INTO t VALUES ('a;b', 'it''s; fine')"),
                        new ScriptStatement(2, "SELECT \"odd;name\" /* ; */ FROM t")),
                split(Dialect.POSTGRESQL, script));
    }

    @Test
    void commentInsideAStatementIsKeptAndTrailingStatementWithoutSemicolonIsReturned() {
        assertEquals(List.of(new ScriptStatement(1, "SELECT 1 -- one; two\n+ 1"), new ScriptStatement(3, "SELECT 2")),
                split(Dialect.SQLITE, "SELECT 1 -- one; two\n+ 1;\nSELECT 2\n-- end\n"));
    }

    @Test
    void postgresqlDollarQuotesHoldSemicolonsAndOtherTags() {
        String script = "DO $body$\nBEGIN\n  PERFORM 1; RAISE NOTICE $$x;$$;\nEND\n$body$;\n"
                + "SELECT $1, E'a\\';b';\nSELECT 'x$y$';";
        List<ScriptStatement> statements = split(Dialect.POSTGRESQL, script);
        assertEquals(3, statements.size(), statements.toString());
        assertEquals("DO $body$\nBEGIN\n  PERFORM 1; RAISE NOTICE $$x;$$;\nEND\n$body$", statements.get(0).sql());
        assertEquals(new ScriptStatement(6, "SELECT $1, E'a\\';b'"), statements.get(1));
        assertEquals(new ScriptStatement(7, "SELECT 'x$y$'"), statements.get(2));
    }

    @Test
    void postgresqlBlockCommentsNest() {
        assertEquals(List.of(new ScriptStatement(1, "SELECT /* a /* b; */ c; */ 1")),
                split(Dialect.POSTGRESQL, "SELECT /* a /* b; */ c; */ 1;"));
    }

    @Test
    void mysqlBackslashEscapesBackticksAndHashComments() {
        String script = "# hash comment;\nSET @s = 'ALTER TABLE `t;x` ADD c INT -- \\';';\n"
                + "PREPARE stmt FROM @s;\nEXECUTE stmt;\nSELECT `a;b`, \"q\\\";\" FROM t;";
        List<ScriptStatement> statements = split(Dialect.MARIADB, script);
        assertEquals(List.of(new ScriptStatement(2, "SET @s = 'ALTER TABLE `t;x` ADD c INT -- \\';'"),
                new ScriptStatement(3, "PREPARE stmt FROM @s"), new ScriptStatement(4, "EXECUTE stmt"),
                new ScriptStatement(5, "SELECT `a;b`, \"q\\\";\" FROM t")), statements);
    }

    @Test
    void backslashIsPlainInStandardStrings() {
        assertEquals(2, split(Dialect.POSTGRESQL, "SELECT 'a\\'; SELECT 'b';").size());
    }

    @Test
    void sqliteTriggerBodyIsOneStatementEvenWithCaseEnd() {
        String script = "CREATE TEMP TRIGGER guard BEFORE INSERT ON t\nBEGIN\n"
                + "  SELECT CASE WHEN NEW.x < 0 THEN RAISE(ABORT, 'neg; no') END;\n"
                + "  INSERT INTO log VALUES (1);\nEND;\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n";
        List<ScriptStatement> statements = split(Dialect.SQLITE, script);
        assertEquals(4, statements.size(), statements.toString());
        assertEquals(1, statements.get(0).line());
        assertEquals("CREATE TEMP TRIGGER guard BEFORE INSERT ON t\nBEGIN\n"
                + "  SELECT CASE WHEN NEW.x < 0 THEN RAISE(ABORT, 'neg; no') END;\n"
                + "  INSERT INTO log VALUES (1);\nEND", statements.get(0).sql());
        assertEquals(List.of(new ScriptStatement(6, "BEGIN"), new ScriptStatement(7, "INSERT INTO t VALUES (1)"),
                new ScriptStatement(8, "COMMIT")), statements.subList(1, 4));
    }

    @Test
    void emptyStatementsAndCommentOnlyScriptsGiveNothing() {
        assertEquals(List.of(), split(Dialect.MYSQL, ";;\n-- only a comment\n/* and a block */\n"));
    }

    @Test
    void mysqlExecutableCommentStartsAStatement() {
        assertEquals(List.of(new ScriptStatement(1, "/*!40101 SET NAMES utf8mb4 */")),
                split(Dialect.MYSQL, "/*!40101 SET NAMES utf8mb4 */;"));
    }

    @Test
    void eachClientsOwnCommentsAndQuotedNames() {
        // mysql reads -- as a comment only before white space: "--x;" ends a statement
        assertEquals(List.of(new ScriptStatement(1, "SELECT 1 --x"), new ScriptStatement(1, "SELECT 2 -- y; z\n+ 0")),
                split(Dialect.MYSQL, "SELECT 1 --x; SELECT 2 -- y; z\n+ 0;"));
        assertEquals(List.of(new ScriptStatement(1, "SELECT [a;b] FROM t")), split(Dialect.SQLITE, "SELECT [a;b] FROM t;"));
        assertEquals(List.of(new ScriptStatement(2, "SELECT 1 /* /* ; */ ; */")),
                split(Dialect.H2, "// header; comment\nSELECT 1 /* /* ; */ ; */;"));
    }
}
