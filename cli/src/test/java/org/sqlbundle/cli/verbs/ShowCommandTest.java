package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

class ShowCommandTest {

    @TempDir
    Path work;

    private Outcome show(String chain, String ref) {
        return Sqlbundle.run(work, "show", ref, "--dir", Fixtures.chain(chain).toString());
    }

    @Test
    void showsARevisionByTagWithDerivedDowngrade() {
        Outcome run = show("linear-3", "folsom");
        assertEquals(0, run.exitCode(), run.err());
        String file = run.out().lines().filter(l -> l.startsWith("file:")).findFirst().orElseThrow().substring(10);
        assertTrue(file.endsWith("chains/linear-3/0002_add_status.yaml"), file);
        assertEquals("""
                id:       bbbb00000002
                parent:   aaaa00000001
                tags:     folsom
                features: - (always applies)
                message:  add status to pools
                file:     %1$s
                upgrade: 1 op
                  - add_column pools.status string(16)  (%1$s:6:5)
                downgrade: derived by the compiler from the upgrade ops
                """.replace("%1$s", file), run.out());
    }

    @Test
    void showsAnExplicitDowngrade() {
        Outcome run = show("linear-3", "head");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("id:       cccc00000003\n"), run.out());
        assertTrue(run.out().contains("features: lbaas\n"), run.out());
        assertTrue(run.out().contains("downgrade (explicit): 1 op\n  - drop_table members  ("), run.out());
    }

    @Test
    void resolvesPrefixesAndRelativeReferences() {
        assertTrue(show("linear-3", "aaaa0").out().startsWith("id:       aaaa00000001\n"));
        assertTrue(show("linear-3", "head-2").out().startsWith("id:       aaaa00000001\n"));
        assertTrue(show("linear-3", "folsom+1").out().startsWith("id:       cccc00000003\n"));
        assertTrue(show("linear-3", "base+1").out().startsWith("id:       aaaa00000001\n"));
    }

    @Test
    void baseIsNotARevision() {
        Outcome run = show("linear-3", "base");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("revision reference 'base': error[E063]: 'base' resolves to base"), run.err());
        assertTrue(run.err().contains("hint: the first revision is base+1"), run.err());
    }

    @Test
    void unknownAndOutOfRangeReferencesAreBadInput() {
        Outcome unknown = show("linear-3", "nosuch");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("error[E036]: unknown revision 'nosuch'"), unknown.err());
        Outcome outside = show("linear-3", "head+1");
        assertEquals(2, outside.exitCode());
        assertTrue(outside.err().contains("error[E033]"), outside.err());
    }

    @Test
    void needsALinearChain() {
        Outcome run = show("branched", "head");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E014]"), run.err());
    }

    @Test
    void missingReferenceIsAUsageError() {
        Outcome run = Sqlbundle.run(work, "show", "--dir", Fixtures.chain("linear-3").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Missing required parameter: 'REV'"), run.err());
        assertTrue(run.err().contains("hint: run 'sqlbundle show --help' for usage"), run.err());
    }
}
