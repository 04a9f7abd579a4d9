package org.sqlbundle.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/** sqlbundle.yaml as seen from the command line: defaults that options override. */
class ConfigDefaultsTest {

    @TempDir
    Path work;

    @Test
    void dirComesFromSqlbundleYamlInTheWorkingDirectory() throws Exception {
        Fixtures.copyChain("linear-3", work.resolve("db/revisions"));
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: db/revisions\n");
        Outcome run = Sqlbundle.run(work, "check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("(" + work.resolve("db/revisions") + ")\n"), run.out());
    }

    @Test
    void dirOnTheCommandLineWins() throws Exception {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: does-not-exist\n");
        Outcome run = Sqlbundle.run(work, "heads", "--dir", Fixtures.chain("linear-3").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cccc00000003\n", run.out());
    }

    @Test
    void configOptionPicksAnotherFileWhereverItIsPlaced() throws Exception {
        Fixtures.copyChain("linear-3", work.resolve("conf/revs"));
        Files.writeString(work.resolve("conf/other.yaml"), "dir: revs\n");
        Outcome before = Sqlbundle.run(work, "--config", "conf/other.yaml", "heads");
        Outcome after = Sqlbundle.run(work, "heads", "--config", "conf/other.yaml");
        assertEquals(0, before.exitCode(), before.err());
        assertEquals("cccc00000003\n", before.out());
        assertEquals(before, after);
    }

    @Test
    void aProjectDirectoryGivenAsDirBringsItsOwnConfigFile() throws Exception {
        Fixtures.copyChain("linear-3", work.resolve("project/revisions"));
        Files.writeString(work.resolve("project/sqlbundle.yaml"), "dir: revisions\nversion_table: project_version\n");
        Outcome run = Sqlbundle.run(work, "stamp", "head", "--sql", "--dialect", "sqlite", "--dir", "project");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("project_version"), "the project's version_table is used: " + run.out());
    }

    @Test
    void theWorkingDirectorysConfigFileWinsOverTheProjectsAndConfigOverBoth() throws Exception {
        Fixtures.copyChain("linear-3", work.resolve("project/revisions"));
        Files.writeString(work.resolve("project/sqlbundle.yaml"), "version_table: project_version\n");
        Files.writeString(work.resolve("sqlbundle.yaml"), "version_table: working_version\n");
        Files.writeString(work.resolve("other.yaml"), "version_table: other_version\n");
        Outcome working = Sqlbundle.run(work, "stamp", "head", "--sql", "--dialect", "sqlite", "--dir", "project");
        assertTrue(working.out().contains("working_version") && !working.out().contains("project_version"),
                working.out() + working.err());
        Outcome given = Sqlbundle.run(work, "stamp", "head", "--sql", "--dialect", "sqlite", "--dir", "project",
                "--config", "other.yaml");
        assertTrue(given.out().contains("other_version") && !given.out().contains("working_version"),
                given.out() + given.err());
    }

    @Test
    void aBrokenProjectConfigFileIsReportedUnderItsPath() throws Exception {
        Fixtures.copyChain("linear-3", work.resolve("project/revisions"));
        Files.writeString(work.resolve("project/sqlbundle.yaml"), "dirs: revisions\n");
        Outcome run = Sqlbundle.run(work, "check", "--dir", "project");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("project/sqlbundle.yaml:1:1: error[E005]: unknown key 'dirs'"), run.err());
    }

    @Test
    void missingConfigFileGivenExplicitlyIsBadInput() {
        Outcome run = Sqlbundle.run(work, "check", "--config", "nope.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nope.yaml: error[E060]: config file not found\n"), run.err());
    }

    @Test
    void unknownKeyInTheConfigFileFailsWithPosition() throws Exception {
        Files.writeString(work.resolve("sqlbundle.yaml"), "# project\ndirs: revisions\n");
        Outcome run = Sqlbundle.run(work, "check");
        assertEquals(2, run.exitCode());
        assertEquals("sqlbundle.yaml:2:1: error[E005]: unknown key 'dirs' in sqlbundle.yaml\n"
                + "  hint: did you mean 'dir'?\n", run.err());
    }

    @Test
    void aBrokenConfigFileFailsEveryVerbEvenWhenNoDefaultIsNeeded() throws Exception {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dialects: [oracle]\n");
        Outcome run = Sqlbundle.run(work, "heads", "--dir", Fixtures.chain("linear-3").toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("sqlbundle.yaml:1:12: error[E061]: unknown dialect 'oracle'"), run.err());
    }

    @Test
    void helpStillWorksWithABrokenConfigFile() throws Exception {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dirs: x\n");
        Outcome run = Sqlbundle.run(work, "check", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: sqlbundle check"), run.out());
    }

    @Test
    void templatesComeFromTheConfigFileToo() throws Exception {
        Files.createDirectories(work.resolve("revs"));
        Path template = work.resolve("tpl/revision/revision.yaml.vm");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "# from config\nid: $id\nparent: $parent\nmessage: $message\nupgrade: []\n");
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: revs\ntemplates: tpl\n");
        Outcome run = Sqlbundle.run(work, "revision", "-m", "first");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(Path.of(run.out().trim())).startsWith("# from config\n"));
    }

    @Test
    void configFeaturesDoNotTagNewRevisions() throws Exception {
        Files.createDirectories(work.resolve("revs"));
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: revs\nfeatures: [lbaas]\n");
        Outcome run = Sqlbundle.run(work, "revision", "-m", "first");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!Files.readString(Path.of(run.out().trim())).contains("when:"));
    }
}
