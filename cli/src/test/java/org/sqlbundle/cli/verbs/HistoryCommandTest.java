package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

class HistoryCommandTest {

    @TempDir
    Path work;

    private Outcome history(String chain, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "history";
        args[1] = "--dir";
        args[2] = Fixtures.chain(chain).toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return Sqlbundle.run(work, args);
    }

    @Test
    void listsBaseToHeadWithTagsAndFeatures() {
        Outcome run = history("linear-3");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                aaaa00000001 (base)  create pools
                bbbb00000002 [folsom]  add status to pools
                cccc00000003 (head) when:lbaas  create members
                """, run.out());
    }

    @Test
    void verboseAddsParentFileAndOpCounts() {
        Outcome run = history("linear-3", "--verbose");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("""
                cccc00000003 (head) when:lbaas  create members
                    parent: bbbb00000002
                """), run.out());
        assertTrue(run.out().contains("0003_members.yaml\n    ops:    1 upgrade, 1 downgrade (explicit)\n"), run.out());
        assertTrue(run.out().contains("    parent: none (base)\n"), run.out());
        assertTrue(run.out().contains("    ops:    1 upgrade, downgrade derived\n"), run.out());
    }

    @Test
    void rangeShowsWhatAnUpgradeFromStartToEndRuns() {
        Outcome run = history("linear-3", "-r", "folsom:head");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cccc00000003 (head) when:lbaas  create members\n", run.out());
        assertEquals(history("linear-3", "-r", "folsom:").out(), run.out());
        assertEquals("aaaa00000001 (base)  create pools\nbbbb00000002 [folsom]  add status to pools\n",
                history("linear-3", "-r", "head-1").out());
    }

    @Test
    void unknownRangeReferenceIsBadInput() {
        Outcome run = history("linear-3", "-r", "grizzly:head");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E036]: unknown revision 'grizzly'"), run.err());
    }

    @Test
    void backwardsRangeIsBadInput() {
        Outcome run = history("linear-3", "-r", "head:base");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E037]"), run.err());
    }

    @Test
    void branchedChainIsOutlinedThenFails() {
        Outcome run = history("branched");
        assertEquals(2, run.exitCode());
        assertEquals("""
                aaaa00000001 (base) (branchpoint)  create pools
                  branch 1 of 2 from aaaa00000001:
                  bbbb00000002 [folsom]  add status to pools
                  cccc00000003 (head) when:lbaas  create members
                  branch 2 of 2 from aaaa00000001:
                  dddd00000004 (head)  add description to pools
                """, run.out());
        assertTrue(run.err().contains("error[E014]: the chain branches at aaaa00000001"), run.err());
    }

    @Test
    void orphanIsStillListedAndMarked() {
        Outcome run = history("missing-parent");
        assertEquals(2, run.exitCode());
        assertEquals("""
                aaaa00000001 (base) (head)  create pools
                bbbb00000002 (parent ffff00000000 missing) (head)  add status to pools
                """, run.out());
        assertTrue(run.err().contains("error[E011]"), run.err());
    }

    @Test
    void fileProblemsStopHistory() {
        Outcome run = history("unknown-key");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("error[E005]: unknown key 'mesage'"), run.err());
    }
}
