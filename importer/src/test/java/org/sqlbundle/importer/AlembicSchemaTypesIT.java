package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;

/**
 * chains/schematypes: what revisions do with SQLAlchemy's schema types and the values Alembic's calls return:
 * {@code Enum(name=...).create/drop(op.get_bind())} (in the revision and in a shared helper), {@code t =
 * op.create_table(...)} then {@code op.bulk_insert(t, ...)}, and {@code Enum(native_enum=False)} without a name.
 */
class AlembicSchemaTypesIT {

    private static String python;

    @BeforeAll
    static void findPython() {
        Optional<String> found = PythonReader.findPython();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI=true and no Python can import alembic and sqlalchemy: .ci/run installs python3-alembic");
        }
        assumeTrue(found.isPresent(), "skipped: no Python with alembic and sqlalchemy");
        python = found.get();
    }

    private static ImportReport importChain(Path out) {
        return AlembicImporter.run(Path.of("src/test/resources/chains/schematypes"), out, Optional.of(python),
                Optional.empty());
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void enumCreateAndDropOnTheBindAreRecordedAndTheRestOfTheFunctionRuns(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = importChain(out);
        String kinds = read(out.resolve("s1_kinds.yaml"));
        // the helper's drop is the downgrade's own drop_enum, not a second one added for Alembic's leftover type
        assertTrue(kinds.contains("downgrade:\n  - drop_table:  # alembic: versions/s1_kinds.py:27\n      name: kinds\n"
                + "  - drop_enum:  # alembic: types_helpers.py:7\n      name: kind_state\n"), kinds);
        assertEquals(1, kinds.split("drop_enum:", -1).length - 1, kinds);
        String mood = read(out.resolve("s2_mood.yaml"));
        // created before its column: the add_column (create_type=False) must not create it a second time
        assertTrue(mood.contains("upgrade:\n  # approximated: checkfirst=True (create only if missing) written as an "
                + "unconditional create_enum\n  - create_enum:  # alembic: versions/s2_mood.py:15\n      name: mood\n"
                + "      values: [calm, angry]\n  - add_column:"), mood);
        assertTrue(mood.contains("  - drop_enum:  # alembic: versions/s2_mood.py:21\n      name: mood\n"), mood);
        assertFalse(report.text().contains("s2_mood.py:21 downgrade op.get_bind()"), report.text());
        Compiler.configure().chainDir(out).load();
    }

    @Test
    void anyOtherUseOfTheBindStopsTheFunctionAtItsLine(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = importChain(out);
        assertEquals(1, report.count(ImportReport.Status.NOT_IMPORTED), report.text());
        assertTrue(report.text().contains("not imported versions/s3_query.py:15 upgrade op.get_bind().execute needs a "
                + "live database"), report.text());
        String query = read(out.resolve("s3_query.yaml"));
        assertTrue(query.contains("  # NOT IMPORTED: versions/s3_query.py:15 op.get_bind().execute needs a live "
                + "database\n"), query);
        assertFalse(query.contains("ix_kinds_size"), query);
    }

    @Test
    void theTableCreateTableReturnsFeedsBulkInsert(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        importChain(out);
        String kinds = read(out.resolve("s1_kinds.yaml"));
        assertTrue(kinds.contains("  - insert:  # alembic: versions/s1_kinds.py:23\n      table: kinds\n      rows:\n"
                + "        - { flavour: sour, id: 1, size: xl, state: new }\n"), kinds);
    }

    @Test
    void aNonNativeEnumIsAStringOfItsLongestLabelWithItsCheckOnlyWhenSqlalchemyMakesOne(@TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = importChain(out);
        String kinds = read(out.resolve("s1_kinds.yaml"));
        assertTrue(kinds.contains("- { name: flavour, type: string(5) }"), kinds);
        assertTrue(kinds.contains("- { name: size, type: string(2) }"), kinds);
        // no type name is needed, so no create_enum for them and no refusal
        assertTrue(kinds.contains("checks:\n        - { name: kinds_size_check, expression: \"size IN ('s', 'xl')\" }"),
                kinds);
        assertEquals(1, kinds.split("create_enum:", -1).length - 1, kinds);
        assertTrue(report.text().contains("flavour: Enum(sweet, sour, native_enum=False) is VARCHAR(5) in Alembic's "
                + "output; written as string(5) (no CHECK"), report.text());
    }

    @Test
    void anEnumWhoseLabelsChangeInAlterColumnBecomesLabelOpsAndAReorderIsNotImported(@TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = AlembicImporter.run(Path.of("src/test/resources/chains/enumlabels"), out,
                Optional.of(python), Optional.empty());
        String labels = read(out.resolve("e1_labels.yaml"));
        String at17 = "  - add_enum_value:  # alembic: versions/e1_labels.py:17\n      name: job_state\n";
        assertTrue(labels.contains("upgrade:\n" + at17 + "      value: a\n      before: b\n" + at17
                + "      value: c\n      after: b\n" + at17 + "      value: e\n"
                + "  - alter_column:  # alembic: versions/e1_labels.py:17\n      table: jobs\n      name: state\n"
                + "      nullable: true\n"), labels);
        assertTrue(labels.contains("      name: job_kind\n      value: z\n  - drop_enum_value:  # alembic: "
                + "versions/e1_labels.py:19\n      name: job_kind\n      value: y\n"), labels);
        assertEquals(3, labels.split("drop_enum_value:  # alembic: versions/e1_labels.py:24\n", -1).length - 1,
                labels);
        assertEquals(1, report.count(ImportReport.Status.NOT_IMPORTED), report.text());
        assertTrue(labels.contains("# NOT IMPORTED (versions/e1_labels.py:26): enum job_kind's labels are reordered "
                + "([x, z] -> [z, x])"), labels);
    }
}
