package org.sqlbundle.compiler.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.ops.OpReader;

/** docs/support-table.md is generated from the renderers; regenerate it with -Dsqlbundle.updateDocs=true. */
class SupportTableDocTest {

    private static final Path DOC = Path.of(System.getProperty("sqlbundle.repoRoot", ".."), "docs/support-table.md");

    @Test
    void docMatchesTheRenderersAnswers() throws Exception {
        String generated = SupportTable.markdown();
        if (Boolean.getBoolean("sqlbundle.updateDocs")) {
            Files.writeString(DOC, generated);
        }
        assertEquals(generated, Files.readString(DOC),
                "docs/support-table.md is out of date: run mvn -pl compiler test -Dtest=SupportTableDocTest "
                        + "-Dsqlbundle.updateDocs=true and review the diff");
    }

    @Test
    void everyOpHasARowWithAnAnswerFromEveryDialect() {
        String table = SupportTable.markdown();
        for (String op : OpReader.OP_NAMES) {
            String row = table.lines().filter(l -> l.startsWith("| `" + op + "` |")).findFirst().orElse("");
            assertFalse(row.isEmpty(), "no row for " + op);
            assertEquals(Dialect.values().length + 3, row.split("(?<!\\\\)\\|", -1).length,
                    "one cell per dialect in: " + row);
        }
    }
}
