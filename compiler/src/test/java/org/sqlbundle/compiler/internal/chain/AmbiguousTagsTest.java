package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** A tag that reads as another reference is refused when the chain loads, at the tag's own line. */
class AmbiguousTagsTest {

    @TempDir
    Path dir;

    private void chain(String secondTags) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), "id: f489cf14a79c\nparent: null\nmessage: m\nupgrade: []\n");
        Files.writeString(dir.resolve("2.yaml"), "id: 0a1b2c3d4e5f\nparent: f489cf14a79c\nmessage: m\n"
                + "tags:\n  - folsom\n  - " + secondTags + "\nupgrade: []\n");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "head-1        | E018 | reads as a relative reference",
        "folsom-2      | E018 | reads as a relative reference",
        "'folsom+1'    | E009 | must start with a letter",
        "'a:b'         | E009 | must start with a letter",
        "head          | E009 | not be one of",
        "base          | E009 | not be one of",
        "deadbeef      | E018 | reads as a prefix of a revision id",
        "f489cf        | E018 | reads as a prefix of a revision id",
        "f489cf14a79c  | E018 | reads as a prefix of a revision id",
    })
    void aTagThatReadsAsAReferenceIsRefusedAtItsLine(String tag, String code, String says) throws IOException {
        chain(tag);
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        Problem p = e.problems().get(0);
        assertEquals(code, p.code(), e.getMessage());
        assertTrue(p.pos().file().endsWith("2.yaml") && p.pos().line() == 6, "at the tag's line: " + e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertEquals(2, e.kind().exitCode);
    }

    @Test
    void aTagThatIsARevisionsIdOrAPrefixOfOneIsRefused() throws IOException {
        Files.writeString(dir.resolve("1.yaml"), "id: initial_schema\nparent: null\nmessage: m\nupgrade: []\n");
        Files.writeString(dir.resolve("2.yaml"), "id: add_pools\nparent: initial_schema\nmessage: m\n"
                + "tags: [folsom, initial_schema]\nupgrade: []\n");
        Files.writeString(dir.resolve("3.yaml"), "id: add_members\nparent: add_pools\nmessage: m\n"
                + "tags:\n  - add_p\nupgrade: []\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        assertEquals(List.of("E019", "E019"), e.problems().stream().map(Problem::code).toList(), e.getMessage());
        assertTrue(e.getMessage().contains("2.yaml:4:") && e.getMessage().contains("is also the id of revision "
                + "initial_schema"), e.getMessage());
        assertTrue(e.getMessage().contains("3.yaml:5:") && e.getMessage().contains("is a prefix of the id of revision "
                + "add_pools"), e.getMessage());
        assertTrue(e.getMessage().contains("hint: rename the tag"), e.getMessage());
    }

    @Test
    void plainTagsStillResolve() throws IOException {
        chain("release_2");
        Chain c = ChainLoader.load(dir);
        assertEquals(1, c.resolve("release_2"));
        assertEquals(1, c.resolve("folsom"));
        assertEquals(0, c.resolve("f489"));
    }
}
