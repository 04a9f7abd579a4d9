package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The reader run under Python with Alembic over the small chains in src/test/resources/chains, each written as
 * Alembic chains are: old keyword names, a shared helpers module, loops over constants, plugin guards and if/elif,
 * execute, bulk_insert, batch_alter_table, type quirks, unnamed constraints and enums.
 */
class AlembicImportIT {

    private static final Path CHAINS = Path.of("src/test/resources/chains");
    private static String python;

    @BeforeAll
    static void findPython() {
        Optional<String> found = PythonReader.findPython();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI=true and no Python can import alembic and sqlalchemy: .ci/run installs python3-alembic");
        }
        assumeTrue(found.isPresent(), "skipped: no Python with alembic and sqlalchemy (apt-get install "
                + "python3-alembic); in CI this fails instead");
        python = found.get();
    }

    private static ImportReport importChain(String chain, Path out) {
        return AlembicImporter.run(CHAINS.resolve(chain), out, Optional.of(python), Optional.empty());
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void oldKeywordsHelpersLoopsDataAndBatchBlocksImportAndTheChainChecks(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = importChain("quirks", out);
        assertEquals(0, report.count(ImportReport.Status.NOT_IMPORTED), report.text());
        String base = read(out.resolve("0001_base.yaml"));
        // the loop over common.LOOKUP_TABLES ran the shared helper once per table, each op pointing at the helper
        assertTrue(base.contains("  - create_table:  # alembic: common.py:10\n      name: colors\n"), base);
        assertTrue(base.contains("  - create_table:  # alembic: common.py:10\n      name: sizes\n"), base);
        assertTrue(base.contains("- { name: name, type: string(64), default: unnamed }"), base);
        assertTrue(base.contains("- { name: made, type: datetime }"), base);
        assertTrue(base.contains("- { name: code, type: integer, nullable: false }"), base);
        assertTrue(report.text().contains("display width 255"), report.text());
        String links = read(out.resolve("0002_links.yaml"));
        assertTrue(links.contains("  - add_foreign_key:  # alembic: versions/0002_links.py:15\n      table: items\n"
                + "      name: fk_items_colors\n      columns: [color_id]\n      references: { table: colors, "
                + "columns: [id] }\n      on_delete: set null\n"), links);
        assertTrue(links.contains("  - add_unique:  # alembic: versions/0002_links.py:17\n      table: items\n"
                + "      name: uq_items_name\n"), links);
        assertTrue(links.contains("  - alter_column:  # alembic: versions/0002_links.py:19\n      table: items\n"
                + "      name: name\n      nullable: false\n"), links);
        String data = read(out.resolve("0003_data.yaml"));
        assertTrue(data.contains("        - { id: 2, label: grün }\n"), data);
        assertTrue(data.contains("sql: \"DELETE FROM colors WHERE colors.id IN (1, 2)\""), data);
        // what was written is a valid chain whose downgrades restore the model
        Compiler.configure().chainDir(out).load();
    }

    @Test
    void pluginConditionsBecomeFeaturesAndAnUnmappableOneIsReportedAtItsLine(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = importChain("plugins", out);
        String base = read(out.resolve("aa01_base.yaml"));
        assertTrue(base.contains("name: alpha\n      columns:\n        - { name: id, type: integer, nullable: false, "
                + "autoincrement: true, sequence: alpha_id_seq }\n      primary_key: { name: alpha_pkey, dialect_names: { mysql: PRIMARY, mariadb: PRIMARY }, "
                + "columns: [id] }\n      when: { features: [alphaplugin] }"),
                base);
        assertTrue(base.contains("when: { features: [betaplugin] }"), base);
        assertTrue(base.indexOf("name: alpha") < base.indexOf("name: beta"), "if branch before elif branch");
        assertFalse(base.contains("ix_core_id"), base);
        assertTrue(report.text().contains("approximated versions/aa01_base.py:22 condition if context.get_x_argument"),
                report.text());
        String guarded = read(out.resolve("aa02_guarded.yaml"));
        assertTrue(guarded.contains("\nwhen: { features: [alphaplugin] }\n"), guarded);
        assertTrue(report.text().contains("alphaplugin <- 'acme.plugins.alpha.AlphaPlugin'"), report.text());
        // per-op when: (branch vocab): each plugin's tables form a valid chain of their own
        for (String feature : new String[] {"alphaplugin", "betaplugin"}) {
            Compiler.configure().chainDir(out).features(java.util.List.of(feature)).load();
        }
    }

    @Test
    void aFeatureMapNamesTheCondition(@TempDir Path tmp) throws Exception {
        Path map = tmp.resolve("map.yaml");
        Files.writeString(map, "\"not should_run(active_plugins, migration_for_plugins)\": alpha\n");
        Path out = tmp.resolve("out");
        AlembicImporter.run(CHAINS.resolve("plugins"), out, Optional.of(python), Optional.of(map));
        assertTrue(read(out.resolve("aa02_guarded.yaml")).contains("\nwhen: { features: [alpha] }\n"));
    }

    @Test
    void unnamedConstraintsGetTheServersNamesAndAnUnnamedEnumIsNotImported(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = importChain("unnamed", out);
        String base = read(out.resolve("u1_base.yaml"));
        assertTrue(base.contains("{ name: owners_email_key, dialect_names: { mysql: email, mariadb: email }, "
                + "columns: [email] }"), base);
        assertTrue(base.contains("{ name: pets_vet_id_fkey, dialect_names: { mysql: pets_ibfk_2, mariadb: "
                + "pets_ibfk_2 }, server_named: [mysql, mariadb], columns: [vet_id], references: { table: owners, "
                + "columns: [id] }, on_delete: cascade }"), base);
        assertTrue(base.contains("name: pets\n      table_options: { engine: InnoDB, charset: utf8mb4 }\n"), base);
        assertTrue(base.contains("  - create_enum:  # alembic: versions/u1_base.py:16\n      name: pet_kind\n"), base);
        String more = read(out.resolve("u2_more.yaml"));
        assertTrue(more.contains("dialect_names: { mysql: pets_ibfk_3, mariadb: pets_ibfk_3 }"), more);
        assertTrue(more.contains("  - drop_constraint:  # alembic: versions/u2_more.py:15\n      table: pets\n"
                + "      name: pets_vet_id_fkey\n"), more);
        assertTrue(more.contains("# NOT IMPORTED (versions/u2_more.py:16): an Enum([\"calm\",\"wild\"]) without name="),
                more);
        assertEquals(1, report.count(ImportReport.Status.NOT_IMPORTED), report.text());
        String pk = read(out.resolve("u3_pk.yaml"));
        assertTrue(pk.contains("name: visits_pkey\n      dialect_names: { mysql: PRIMARY, mariadb: PRIMARY }"), pk);
    }

    @Test
    void aBranchedChainIsRefusedAndNothingIsWritten(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> importChain("branched", out));
        assertTrue(e.getMessage().contains("error[E154]: revision b1 has 2 children: [b2, b3]"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aNonEmptyOutIsRefusedAndTheWriteLeavesNoTemporaryDirectory(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.yaml"), "x");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> importChain("quirks", out));
        assertTrue(e.getMessage().contains("E152"), e.getMessage());
        Files.delete(out.resolve("keep.yaml"));
        importChain("quirks", out);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(1, left.count(), "only out/ is left");
        }
    }

    @Test
    void aPythonWithoutAlembicIsAClearError(@TempDir Path tmp) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> AlembicImporter.run(
                CHAINS.resolve("quirks"), tmp.resolve("out"), Optional.of("/bin/false"), Optional.empty()));
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
        assertTrue(e.getMessage().contains("E151") && e.getMessage().contains("python3-alembic"), e.getMessage());
    }

    @Test
    void theImportIsByteForByteRepeatable(@TempDir Path tmp) throws Exception {
        importChain("unnamed", tmp.resolve("a"));
        importChain("unnamed", tmp.resolve("b"));
        for (String f : new String[] {"u1_base.yaml", "u2_more.yaml", "u3_pk.yaml"}) {
            assertEquals(read(tmp.resolve("a").resolve(f)), read(tmp.resolve("b").resolve(f)), f);
        }
    }
}
