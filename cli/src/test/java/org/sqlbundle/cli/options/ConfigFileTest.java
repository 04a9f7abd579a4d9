package org.sqlbundle.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.errors.SqlbundleException;

class ConfigFileTest {

    @TempDir
    Path work;

    private ConfigFile read(String yaml) throws Exception {
        Path file = work.resolve("sqlbundle.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.read(file, "sqlbundle.yaml");
    }

    private String problem(String yaml) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> read(yaml));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        return e.problems().get(0).format();
    }

    @Test
    void readsEveryKeyAsCommandLineText() throws Exception {
        ConfigFile config = read("""
                dir: examples/lbaas/revisions
                dialects: [postgres, mysql, sqlite]
                features: [lbaas, vpn]
                version_table: alembic_version
                templates: my-templates
                """);
        assertEquals(Map.of("dir", work.resolve("examples/lbaas/revisions").toString(),
                "dialects", "postgresql,mysql,sqlite", "features", "lbaas,vpn", "version_table", "alembic_version",
                "templates", work.resolve("my-templates").toString()), config.defaults());
    }

    @Test
    void dialectsMayBeOneCommaSeparatedString() throws Exception {
        assertEquals("h2,mariadb", read("dialects: h2, mariadb\n").value("dialects").orElseThrow());
        assertEquals("all", read("dialects: all\n").value("dialects").orElseThrow());
    }

    @Test
    void anEmptyFileSetsNothing() throws Exception {
        assertEquals(Map.of(), read("\n").defaults());
    }

    @Test
    void unknownKeyHasPositionAndSuggestion() {
        assertEquals("sqlbundle.yaml:2:1: error[E005]: unknown key 'dialect' in sqlbundle.yaml\n"
                + "  hint: did you mean 'dialects'?", problem("dir: x\ndialect: [h2]\n"));
    }

    @Test
    void unknownDialectHasPositionAndSuggestion() {
        assertEquals("sqlbundle.yaml:1:19: error[E061]: unknown dialect 'postgrsql' in dialects\n"
                + "  hint: did you mean 'postgresql'?", problem("dialects: [mysql, postgrsql]\n"));
    }

    @Test
    void versionTableMustBeAPlainName() {
        assertTrue(problem("version_table: \"x; drop table y\"\n").startsWith("sqlbundle.yaml:1:16: error[E061]"));
    }

    @Test
    void wrongShapesAreBadInput() {
        assertTrue(problem("- dir\n").contains("error[E004]: sqlbundle.yaml must be a map, found a list"));
        assertTrue(problem("features: lbaas\n").contains("error[E004]: sqlbundle.yaml.features must be a list"));
        assertTrue(problem("dir: [a, b]\n").contains("error[E004]"));
    }
}
