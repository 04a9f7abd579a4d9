package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;

/**
 * mysql_engine / mysql_charset / mysql_default_charset / mysql_collate and their mariadb_ twins, read by the Python
 * reader under Alembic, become create_table's table_options; a mariadb_ value that differs from its mysql_ one
 * or has none, and an option sqlbundle has not, are reported as approximated.
 */
class AlembicTableOptionsIT {

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

    @Test
    void tableOptionsAreWrittenAndTheChainCompilesThemForMysqlAndMariadbOnly(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ImportReport report = AlembicImporter.run(Path.of("src/test/resources/chains/tableoptions"), out,
                Optional.of(python), Optional.empty());
        String yaml = Files.readString(out.resolve("t1_options.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("      name: accounts\n      table_options: { engine: InnoDB, charset: utf8mb4, "
                + "collation: utf8mb4_unicode_ci }\n"), yaml);
        assertTrue(yaml.contains("      name: audit\n      table_options: { engine: MyISAM, charset: latin1 }\n"), yaml);
        assertTrue(yaml.contains("      name: sessions\n      table_options: { engine: InnoDB, collation: utf8mb4_bin }\n"),
                yaml);
        List<ImportReport.Entry> creates = report.entries().stream().filter(e -> e.call().contains("create_table"))
                .toList();
        assertEquals(List.of(ImportReport.Status.EXACT, ImportReport.Status.APPROXIMATED,
                ImportReport.Status.APPROXIMATED),
                creates.stream().map(ImportReport.Entry::status).toList(), report.text());
        assertTrue(report.text().contains("mariadb_engine='Aria' differs from mysql_engine='MyISAM'"), report.text());
        assertTrue(report.text().contains("mysql_row_format='DYNAMIC' not imported"), report.text());
        assertTrue(report.text().contains("mariadb_collate='utf8mb4_bin' has no mysql_ twin"), report.text());

        Compiler c = Compiler.configure().chainDir(out).load();
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            String up = c.script(d, new Range(c.chain(), -1, 0));
            assertTrue(up.contains(" engine = InnoDB default character set utf8mb4 collate utf8mb4_unicode_ci;\n"), up);
            assertTrue(up.contains(" engine = MyISAM default character set latin1;\n"), up);
            assertTrue(up.contains(" engine = InnoDB default character set utf8mb4 collate utf8mb4_bin;\n"), up);
        }
        String pg = c.script(Dialect.POSTGRESQL, new Range(c.chain(), -1, 0));
        assertFalse(pg.contains("engine"), pg);
    }
}
