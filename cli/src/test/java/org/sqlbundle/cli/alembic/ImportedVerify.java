package org.sqlbundle.cli.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.cli.Sqlbundle;

/** {@code sqlbundle verify} of the imported netcore chain on one target with one feature set: SYMMETRIC or fail. */
final class ImportedVerify {

    private ImportedVerify() {
    }

    static void assertSymmetric(Path work, Path imported, String target, List<String> features) {
        List<String> args = new ArrayList<>(List.of("verify", "--dir", imported.toString(), "--target", target));
        features.forEach(f -> args.addAll(List.of("--feature", f)));
        Sqlbundle.Outcome o = Sqlbundle.run(work, args.toArray(String[]::new));
        String shown = "verify --target " + target + " --feature " + features + ":\n" + o.out() + o.err();
        assertEquals(0, o.exitCode(), shown);
        assertTrue(o.out().contains("SYMMETRIC: 43 of 43 steps run, 0 failed"), shown);
    }
}
