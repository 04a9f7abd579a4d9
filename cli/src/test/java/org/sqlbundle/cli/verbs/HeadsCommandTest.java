package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

class HeadsCommandTest {

    @TempDir
    Path work;

    @Test
    void linearChainHasOneHead() {
        Outcome run = Sqlbundle.run(work, "heads", "--dir", Fixtures.chain("linear-3").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cccc00000003\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void branchedChainPrintsEveryHeadAndFails() {
        Outcome run = Sqlbundle.run(work, "heads", "--dir", Fixtures.chain("branched").toString());
        assertEquals(2, run.exitCode());
        assertEquals("cccc00000003\ndddd00000004\n", run.out());
        assertTrue(run.err().contains("error[E014]: the chain branches at aaaa00000001"), run.err());
    }
}
