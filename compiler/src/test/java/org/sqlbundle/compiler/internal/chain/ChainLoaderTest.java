package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

class ChainLoaderTest {

    static final Path LINEAR = ChainFixturesTest.CHAINS.resolve("linear");

    @Test
    void loadsTheLinearChainInParentOrder() {
        Chain chain = ChainLoader.load(LINEAR);
        assertEquals(List.of("1a2b3c4d5e6f", "7f8e9d0c1b2a", "7f8e11112222", "c0ffee000004", "d00d00000005"),
                chain.revisions().stream().map(Revision::id).toList());
        assertEquals(4, chain.headPosition());
        assertEquals("linear", chain.name());
        assertEquals(List.of("folsom"), chain.at(0).tags());
        assertTrue(chain.at(0).isBase());
        assertEquals("src/test/resources/chains/linear/003_weight.yaml", chain.at(2).file());
        Schema s = Schema.EMPTY;
        for (Revision r : chain.revisions()) {
            for (Op op : r.upgrade()) {
                s = op.apply(s);
            }
        }
        assertEquals(List.of("members", "pools"), List.copyOf(s.tables().keySet()));
        assertTrue(s.index("ix_pools_name").isPresent());
    }

    @Test
    void collectsProblemsFromEveryFileInOneRun() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> ChainLoader.load(ChainFixturesTest.CHAINS.resolve("several-bad-files")));
        List<String> files = e.problems().stream().map(p -> p.pos().file()).toList();
        assertEquals(3, files.size(), e.getMessage());
        assertTrue(files.get(0).endsWith("002_bad_op.yaml"));
        assertTrue(files.get(1).endsWith("003_bad_yaml.yaml"));
        assertTrue(files.get(2).endsWith("004_reserved_id.yml"));
    }

    @Test
    void graphProblemsAreAllReportedTogether(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", "id: a1\nparent: null\nmessage: m\ntags: [t]\nupgrade: []\n");
        write(dir, "2.yaml", "id: a2\nparent: nope\nmessage: m\nupgrade: []\n");
        write(dir, "3.yaml", "id: a3\nparent: a1\nmessage: m\ntags: [t]\nupgrade: []\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        assertEquals(List.of("E016", "E011"), e.problems().stream().map(Problem::code).toList(), e.getMessage());
        // at the line to fix, not at the file's 1:1
        assertEquals(List.of("3.yaml:4:8", "2.yaml:2:9"), e.problems().stream()
                .map(p -> Path.of(p.pos().file()).getFileName() + ":" + p.pos().line() + ":" + p.pos().col()).toList());
    }

    @Test
    void noBaseWhenEveryRevisionHasAParent(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", "id: a1\nparent: a2\nmessage: m\nupgrade: []\n");
        write(dir, "2.yaml", "id: a2\nparent: a1\nmessage: m\nupgrade: []\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir));
        assertEquals(List.of("E013", "E015"), e.problems().stream().map(Problem::code).toList(), e.getMessage());
        assertEquals(2, e.problems().get(1).pos().line(), "the cycle is reported at a parent: line");
    }

    @Test
    void missingDirectoryIsE030(@TempDir Path dir) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainLoader.load(dir.resolve("nope")));
        assertEquals("E030", e.problems().get(0).code());
    }

    @Test
    void branchedGraphStillListsHeadsAndBranchPoints() {
        RevisionGraph graph = ChainLoader.loadGraph(ChainFixturesTest.CHAINS.resolve("branch"));
        assertEquals(List.of("b00000000001", "c00000000002"), graph.heads().stream().map(Revision::id).toList());
        assertEquals(List.of("base00000001"), graph.branchPoints().stream().map(Revision::id).toList());
        assertEquals("base00000001", graph.base().orElseThrow().id());
    }

    @Test
    void fingerprintChangesWhenAFileChanges(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", "id: a1\nparent: null\nmessage: m\nupgrade: []\n");
        String before = ChainLoader.load(dir).fingerprint();
        assertEquals(before, ChainLoader.load(dir).fingerprint());
        write(dir, "1.yaml", "id: a1\nparent: null\nmessage: changed\nupgrade: []\n");
        assertNotEquals(before, ChainLoader.load(dir).fingerprint());
    }

    @Test
    void theFingerprintIsOfTheBytesThatWereLoadedEvenWhenAskedForLater(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", "id: a1\nparent: null\nmessage: m\nupgrade: []\n");
        String loadedNow = ChainLoader.load(dir).fingerprint();
        Chain loadedEarlier = ChainLoader.load(dir);
        ChainLoader.SqlCheckedLater compiling = ChainLoader.loadCheckingSqlLater(dir, SqlOpCheck.standard());
        // files are hashed lazily (the compiler on another thread): an edit after loading must not leak in
        write(dir, "1.yaml", "id: a1\nparent: null\nmessage: edited meanwhile\nupgrade: []\n");
        compiling.awaitSqlChecks();
        assertEquals(loadedNow, loadedEarlier.fingerprint());
        assertEquals(loadedNow, compiling.chain().fingerprint());
    }

    @Test
    void revisionFieldsAreRead(@TempDir Path dir) throws IOException {
        write(dir, "1.yaml", """
                id: a1
                parent: null
                message: first
                when: {features: [lbaas]}
                upgrade:
                  - create_enum: {name: e, values: [x]}
                downgrade:
                  - drop_enum: {name: e}
                """);
        Revision r = ChainLoader.load(dir).head();
        assertEquals(List.of("lbaas"), r.features());
        assertTrue(r.appliesTo(List.of("lbaas")));
        assertTrue(!r.appliesTo(List.of("other")));
        assertEquals(1, r.downgrade().orElseThrow().size());
        assertEquals(64, r.sha256().length());
    }

    @Test
    void revisionKeyErrors(@TempDir Path dir) throws IOException {
        assertCode(dir, "id: a1\nmessage: m\nupgrade: []\n", "E006", 1);
        assertCode(dir, "id: a1\nparent: null\nupgrade: []\n", "E006", 1);
        assertCode(dir, "id: a1\nparent: null\nmessage: m\n", "E007", 1);
        assertCode(dir, "- just\n- a list\n", "E007", 1);
        // a misspelt id is still a revision (it has upgrade): the typo gets a did-you-mean, not E007
        assertCode(dir, "idd: a1\nparent: null\nmessage: m\nupgrade: []\n", "E005", 1);
        assertCode(dir, "id: a1\nparent: null\nmessage: m\ntags: [1bad]\nupgrade: []\n", "E009", 4);
        assertCode(dir, "id: " + "a".repeat(33) + "\nparent: null\nmessage: m\nupgrade: []\n", "E008", 1);
        assertCode(dir, "id: a1\nparent: null\nmessage: m\nupgrade:\n  - drop_table: {name: t, nmae: x}\n", "E005", 5);
    }

    private static void assertCode(Path dir, String yaml, String code, int line) throws IOException {
        Path file = write(dir, "r.yaml", yaml);
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> RevisionReader.read(file, "r.yaml"));
        assertEquals(code, e.problems().get(0).code(), e.getMessage());
        assertEquals(line, e.problems().get(0).pos().line(), e.getMessage());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
