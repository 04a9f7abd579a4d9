package org.sqlbundle.online;

import java.nio.file.Path;
import java.util.List;
import org.sqlbundle.compiler.Compiler;

/** The chains online tests migrate: the LBaaS example and a small one whose second revision fails half-way. */
final class OnlineFixtures {

    private OnlineFixtures() {
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    }

    static Compiler example() {
        return Compiler.configure().chainDir(repoRoot().resolve("examples/lbaas/revisions"))
                .features(List.of("lbaas")).load();
    }

    /** aaaa00000001 widgets; bbbb00000002 creates gadgets, then inserts into a missing table; cccc00000003. */
    static Compiler halfway() {
        return Compiler.configure().chainDir(repoRoot().resolve("online/src/test/resources/chains/halfway")).load();
    }
}
