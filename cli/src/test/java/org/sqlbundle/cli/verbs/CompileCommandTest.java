package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

class CompileCommandTest {

    @TempDir
    Path work;

    private String dir() {
        return Fixtures.chain("linear-3").toString();
    }

    @Test
    void writesEveryFileForEachDialect() {
        Outcome run = Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "sqlite,postgresql", "--out", "out");
        assertEquals(0, run.exitCode(), run.err());
        for (String d : new String[]{"sqlite", "postgresql"}) {
            for (String f : new String[]{"upgrade.sql", "downgrade.sql", "bundle.json", "MANIFEST.sha256"}) {
                assertTrue(Files.isRegularFile(work.resolve("out").resolve(d).resolve(f)), d + "/" + f);
            }
        }
        assertFalse(Files.exists(work.resolve("out/h2")));
        assertTrue(run.out().contains("sqlite     upgrade   base -> cccc00000003: 3 revisions"), run.out());
    }

    @Test
    void skippedFeatureRevisionIsStillStampedAndSaysWhy() throws Exception {
        Outcome run = Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "h2", "--out", "out");
        assertEquals(0, run.exitCode(), run.err());
        String up = Files.readString(work.resolve("out/h2/upgrade.sql"));
        assertTrue(up.contains("-- skipped: needs feature lbaas, which is not enabled"), up);
        assertFalse(up.contains("create table \"members\""), up);
        assertTrue(up.contains("'cccc00000003'"), "the skipped revision is still stamped");
    }

    @Test
    void sameInputsGiveByteIdenticalBundles() throws Exception {
        Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "all", "--feature", "lbaas", "--out", "a");
        Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "all", "--feature", "lbaas", "--out", "b");
        for (String d : new String[]{"postgresql", "mysql", "mariadb", "sqlite", "h2"}) {
            for (String f : new String[]{"upgrade.sql", "downgrade.sql", "bundle.json", "MANIFEST.sha256"}) {
                assertEquals(Files.readString(work.resolve("a").resolve(d).resolve(f)),
                        Files.readString(work.resolve("b").resolve(d).resolve(f)), d + "/" + f);
            }
        }
    }

    @Test
    void unknownDialectFailsWithExitTwoAndWritesNothing() {
        Outcome run = Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "oracle", "--out", "out");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--dialect: error[E061]: unknown dialect 'oracle'"), run.err());
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void aTemplateErrorInOneDialectWritesNoDialectAtAll() throws Exception {
        Path templates = work.resolve("templates/h2");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("revision.vm"), "-- $rev.id\n#if($rev.applied\n");
        Files.createDirectories(work.resolve("out/keep"));
        Outcome run = Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "all", "--templates", "templates",
                "--out", "out");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("revision.vm"), run.err());
        try (var left = Files.list(work.resolve("out"))) {
            assertEquals(List.of("keep"), left.map(p -> p.getFileName().toString()).toList(),
                    "the other dialects, written at the same time, are gone with the staging directory");
        }
    }

    @Test
    void aModelErrorAfterTheRangeStillFailsTheCompileAndWritesNothing() throws Exception {
        Path chain = work.resolve("revisions");
        Fixtures.copyChain("linear-3", chain);
        Files.writeString(chain.resolve("0004_bad.yaml"), "id: dddd00000004\nparent: cccc00000003\nmessage: m\n"
                + "upgrade:\n  - drop_column: { table: pools, name: nope }\n");
        Outcome run = Sqlbundle.run(work, "compile", "--dir", "revisions", "--dialect", "all", "--range",
                "base:aaaa00000001", "--out", "out");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("0004_bad.yaml:5:5: error[E"), run.err());
        assertTrue(run.err().contains("nope"), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void badRangeFailsWithExitTwoAndWritesNothing() {
        Outcome run = Sqlbundle.run(work, "compile", "--dir", dir(), "--dialect", "h2", "--range", "head:base",
                "--out", "out");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("E037"), run.err());
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void upgradeSqlPrintsAGuardedStampedScript() {
        Outcome run = Sqlbundle.run(work, "upgrade", "folsom:head", "--sql", "--dialect", "postgresql", "--dir", dir(),
                "--feature", "lbaas");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-- range:         bbbb00000002 -> cccc00000003"), run.out());
        assertTrue(run.out().contains("sqlbundle guard: database is not at version bbbb00000002"), run.out());
        assertTrue(run.out().contains("update \"sqlbundle_version\" set \"version_num\" = 'cccc00000003'"),
                run.out());
    }

    @Test
    void downgradeSqlRunsNewestFirst() {
        Outcome run = Sqlbundle.run(work, "downgrade", "head:base", "--sql", "--dialect", "sqlite", "--dir", dir(),
                "--feature", "lbaas");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.indexOf("revision 1/3: cccc00000003") < out.indexOf("revision 3/3: aaaa00000001"), out);
    }

    @Test
    void withoutSqlTheVerbRefusesInsteadOfTouchingADatabase() {
        Outcome run = Sqlbundle.run(work, "upgrade", "head", "--dialect", "sqlite", "--dir", dir());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("add --sql"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void stampSqlSetsTheVersionTableWithoutMigrating() {
        Outcome run = Sqlbundle.run(work, "stamp", "folsom", "--sql", "--dialect", "mysql", "--dir", dir(),
                "--version-table", "alembic_version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("delete from `alembic_version`;"), run.out());
        assertTrue(run.out().contains("insert into `alembic_version` (`version_num`) values ('bbbb00000002');"),
                run.out());
        assertFalse(run.out().contains("create table `pools`"), run.out());
    }

    @Test
    void stampSqlIsOneTransactionWhereDdlIsTransactional() {
        Outcome pg = Sqlbundle.run(work, "stamp", "folsom", "--sql", "--dialect", "postgresql", "--dir", dir());
        assertEquals(0, pg.exitCode(), pg.err());
        String body = pg.out().lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(body.startsWith("begin;\ncreate table if not exists"), body);
        assertTrue(body.endsWith("'applied');\ncommit;"), body);
        Outcome mysql = Sqlbundle.run(work, "stamp", "folsom", "--sql", "--dialect", "mysql", "--dir", dir());
        assertFalse(mysql.out().contains("begin;"), "MySQL commits DDL anyway: " + mysql.out());
        // its tables first, then the version and history rows in one transaction
        assertTrue(mysql.out().contains("primary key (`revision`));\nstart transaction;\ndelete from `sqlbundle_version`;"),
                mysql.out());
    }
}
