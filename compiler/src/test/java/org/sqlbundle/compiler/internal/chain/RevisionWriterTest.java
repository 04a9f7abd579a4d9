package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.ops.DropColumn;
import org.sqlbundle.compiler.internal.ops.DropTable;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.errors.SourcePos;

/** A whole revision written by RevisionWriter reads back through RevisionReader as the same revision. */
class RevisionWriterTest {

    private static final SourcePos POS = SourcePos.ofFile("test");

    @TempDir
    Path dir;

    private Revision readBack(String yaml) throws IOException {
        Path file = dir.resolve("r.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return RevisionReader.read(file, "r.yaml");
    }

    @Test
    void wholeRevisionReadsBack() throws IOException {
        Op up = new DropColumn(POS, "pools", "gone");
        Op down = new DropTable(POS, "yes");
        String yaml = RevisionWriter.write(new RevisionWriter.NewRevision(List.of("imported from alembic", "two\nlines"),
                "1e10", Optional.of("0x1F"), "it's: a #message\nwith two lines", List.of("on", "v1.0"),
                List.of("billing"), List.of(new RevisionWriter.Entry(up, List.of("alembic: versions/x.py:42"))),
                Optional.of(List.of(new RevisionWriter.Entry(down, List.of("bell\u0007 and \u2028 break"))))));
        Revision r = readBack(yaml);
        assertEquals("1e10", r.id(), yaml);
        assertEquals(Optional.of("0x1F"), r.parent(), yaml);
        assertEquals("it's: a #message\nwith two lines", r.message(), yaml);
        assertEquals(List.of("on", "v1.0"), r.tags(), yaml);
        assertEquals(List.of("billing"), r.features(), yaml);
        assertEquals("pools", ((DropColumn) r.upgrade().get(0)).table(), yaml);
        assertEquals("yes", ((DropTable) r.downgrade().orElseThrow().get(0)).name(), yaml);
        assertTrue(yaml.startsWith("# imported from alembic\n# two\n# lines\n"), yaml);
        assertTrue(yaml.contains("  # alembic: versions/x.py:42\n  - drop_column:"), yaml);
    }

    @Test
    void baseRevisionWithoutOpsHasNullParentAndEmptyUpgrade() throws IOException {
        String yaml = RevisionWriter.write(new RevisionWriter.NewRevision(List.of(), "a1", Optional.empty(), "first",
                List.of(), List.of(), List.of(), Optional.empty()));
        Revision r = readBack(yaml);
        assertEquals(Optional.empty(), r.parent());
        assertEquals(List.of(), r.upgrade());
        assertEquals(Optional.empty(), r.downgrade());
        assertEquals("id: a1\nparent: null\nmessage: \"first\"\nupgrade: []\n", yaml);
    }
}
