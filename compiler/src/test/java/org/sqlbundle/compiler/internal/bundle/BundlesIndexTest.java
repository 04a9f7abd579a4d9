package org.sqlbundle.compiler.internal.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.source.Sha256;
import org.sqlbundle.errors.SqlbundleException;

/** BUNDLES.json says which compile wrote what; the next compile replaces and prunes only that. */
class BundlesIndexTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();

    @TempDir
    Path out;

    private static Compiler example() {
        return Compiler.configure().chainDir(ROOT.resolve("examples/lbaas/revisions")).features(List.of("lbaas")).load();
    }

    private static List<String> entries(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theDialectDirectoriesAreTheDialectsCliNames() {
        assertEquals(java.util.Arrays.stream(Dialect.values()).map(d -> d.cliName).collect(java.util.stream.Collectors
                .toSet()), BundlesIndex.DIALECT_DIRS);
    }

    @Test
    void theIndexListsEveryFileWrittenWithItsHashAndIsTheSameEveryRun(@TempDir Path again) throws Exception {
        example().compile(List.of(Dialect.values()), "base:head", Compiler.Directions.BOTH, out);
        example().compile(List.of(Dialect.values()), "base:head", Compiler.Directions.BOTH, again);
        String index = Files.readString(out.resolve(BundlesIndex.FILE));
        assertArrayEquals(Files.readAllBytes(out.resolve(BundlesIndex.FILE)),
                Files.readAllBytes(again.resolve(BundlesIndex.FILE)));
        assertTrue(index.contains("\"range\" : {\n    \"from\" : \"base\",\n    \"to\" : \"2528ceb28230\"\n  }"), index);
        assertTrue(index.contains("\"features\" : [\n    \"lbaas\"\n  ]"), index);
        for (Dialect d : Dialect.values()) {
            for (String file : List.of("upgrade.sql", "downgrade.sql", "bundle.json", "MANIFEST.sha256")) {
                String sha = Sha256.hex(Files.readAllBytes(out.resolve(d.cliName).resolve(file)));
                assertTrue(index.contains("\"path\" : \"" + d.cliName + "/" + file + "\",\n      \"sha256\" : \"" + sha
                        + "\""), d.cliName + "/" + file + " in\n" + index);
            }
        }
    }

    @Test
    void aLaterCompilePrunesWhatTheEarlierOneWroteAndThisOneDoesNot() throws Exception {
        example().compile(List.of(Dialect.values()), "base:head", Compiler.Directions.BOTH, out);
        Compiler.CompileResult result = example().compile(List.of(Dialect.SQLITE), "folsom:head",
                Compiler.Directions.BOTH, out);
        assertEquals(List.of(BundlesIndex.FILE, "sqlite"), entries(out));
        assertEquals(5, result.removed().size(), "four pruned and the replaced sqlite: " + result.removed());
        String index = Files.readString(out.resolve(BundlesIndex.FILE));
        assertTrue(index.contains("\"from\" : \"8f682276ee4f\"") && index.contains("\"dialects\" : [\n    \"sqlite\"\n  ]"),
                index);
        assertFalse(index.contains("mysql/"), index);
    }

    @Test
    void bundleDirectoriesFromBeforeTheIndexArePrunedAndHiddenFilesStay() throws Exception {
        Files.createDirectories(out.resolve("mysql"));
        Files.writeString(out.resolve("mysql/upgrade.sql"), "-- old\n");
        Files.writeString(out.resolve("mysql/MANIFEST.sha256"), "x  upgrade.sql\n");
        Files.writeString(out.resolve(".gitignore"), "*\n");
        example().compile(List.of(Dialect.H2), "base:head", Compiler.Directions.BOTH, out);
        assertEquals(List.of(".gitignore", BundlesIndex.FILE, "h2"), entries(out));
    }

    @Test
    void aFileNoCompileWroteStopsTheCompileBeforeAnythingChanges() throws Exception {
        example().compile(List.of(Dialect.SQLITE, Dialect.H2), "base:head", Compiler.Directions.BOTH, out);
        byte[] before = Files.readAllBytes(out.resolve("sqlite/upgrade.sql"));
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Files.writeString(out.resolve("h2/README"), "mine too\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> example().compile(List.of(Dialect.SQLITE),
                "folsom:head", Compiler.Directions.BOTH, out));
        assertEquals("E038", e.problems().get(0).code());
        assertTrue(e.problems().get(0).message().contains("h2/README, notes.txt"), e.getMessage());
        assertEquals(List.of(BundlesIndex.FILE, "h2", "notes.txt", "sqlite"), entries(out));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("sqlite/upgrade.sql")));
        assertTrue(Files.exists(out.resolve("h2/upgrade.sql")));
    }
}
