package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

class CheckCommandTest {

    @TempDir
    Path work;

    @Test
    void linearChainIsOk() {
        Path dir = Fixtures.chain("linear-3");
        Outcome run = Sqlbundle.run(work, "check", "--dir", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("OK: linear chain of 3 revisions, base aaaa00000001, head cccc00000003 (" + dir + ")\n",
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void relativeDirIsResolvedAgainstTheWorkingDirectory() {
        Fixtures.copyChain("linear-3", work.resolve("revisions"));
        Outcome run = Sqlbundle.run(work, "check", "--dir", "revisions");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("(" + work.resolve("revisions") + ")\n"), run.out());
    }

    @Test
    void branchedChainNamesTheBranchPointAndBothBranchesAtTheSecondChildsParentLine() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", Fixtures.chain("branched").toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("0004_other_branch.yaml:2:9: error[E014]: the chain branches at aaaa00000001"),
                run.err());
        assertTrue(run.err().contains("branch 1: bbbb00000002 ("), run.err());
        assertTrue(run.err().contains("-> cccc00000003 ("), run.err());
        assertTrue(run.err().contains("branch 2: dddd00000004 ("), run.err());
        assertTrue(run.err().contains("  hint: re-parent one branch"), run.err());
    }

    @Test
    void missingParentIsReportedAtTheOrphansParentLine() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", Fixtures.chain("missing-parent").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("0002_orphan.yaml:2:9: error[E011]: revision bbbb00000002 names parent "
                + "'ffff00000000'"), run.err());
    }

    @Test
    void duplicateIdNamesBothFilesAtTheIdLine() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", Fixtures.chain("duplicate-id").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("0003_same_id.yaml:1:5: error[E010]: duplicate revision id 'bbbb00000002', "
                + "also in "), run.err());
        assertTrue(run.err().contains("0002_add_status.yaml"), run.err());
    }

    @Test
    void unknownKeyPointsAtTheKeyWithASuggestion() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", Fixtures.chain("unknown-key").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("0002_typo.yaml:3:1: error[E005]: unknown key 'mesage' in revision\n"
                + "  hint: did you mean 'message'?"), run.err());
    }

    @Test
    void missingDirectoryIsBadInput() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", "nowhere");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    /** Not "sqlbundle.yaml: not a revision": the project's revisions/ is what is missing. */
    @Test
    void aProjectDirectoryWithoutRevisionsSaysTheChainDirectoryIsMissing() throws Exception {
        Files.createDirectories(work.resolve("proj"));
        Files.writeString(work.resolve("proj/sqlbundle.yaml"), "dir: revisions\n");
        Outcome run = Sqlbundle.run(work, "check", "--dir", "proj");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E030]: chain directory " + work.resolve("proj/revisions")
                + " does not exist"), run.err());
        assertFalse(run.err().contains("not a revision"), run.err());
    }

    @Test
    void emptyDirectoryIsBadInputForCheck() throws Exception {
        Files.createDirectories(work.resolve("empty"));
        Outcome run = Sqlbundle.run(work, "check", "--dir", "empty");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E031]: no revision files"), run.err());
    }

    @Test
    void withoutDirOrConfigItSaysToPassDir() {
        Outcome run = Sqlbundle.run(work, "check");
        assertEquals(2, run.exitCode());
        assertEquals("--dir: error[E062]: no chain directory given\n"
                + "  hint: pass --dir DIR, or put 'dir: DIR' in sqlbundle.yaml\n", run.err());
    }
}
