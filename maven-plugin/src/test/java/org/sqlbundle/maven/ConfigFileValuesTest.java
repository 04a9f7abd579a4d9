package org.sqlbundle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.errors.SqlbundleException;

/** configFile reads sqlbundle.yaml as the CLI does: same keys, paths relative to the file, lists either way. */
class ConfigFileValuesTest {

    @TempDir
    Path tmp;

    @Test
    void pathsAreRelativeToTheFileAndListsMayBeCommaSeparated() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("conf")).resolve("sqlbundle.yaml");
        Files.writeString(file, "dir: ../db\ndialects: sqlite, h2\nfeatures: [lbaas, vpn]\nversion_table: app_version\n"
                + "target: h2\npassword_env: APP_DB_PASSWORD\n");
        ConfigFileValues values = ConfigFileValues.read(file);
        assertEquals(Optional.of(tmp.resolve("db").toAbsolutePath().toString()), values.string("dir"));
        assertEquals(List.of("sqlite", "h2"), values.list("dialects"));
        assertEquals(List.of("lbaas", "vpn"), values.list("features"));
        assertEquals(Optional.of("app_version"), values.string("version_table"));
        assertEquals(Optional.of("h2"), values.string("target"));
        assertEquals(Optional.of("APP_DB_PASSWORD"), values.string("password_env"));
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() throws Exception {
        Path file = tmp.resolve("sqlbundle.yaml");
        Files.writeString(file, "dir: db\ntraget: sqlite\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ConfigFileValues.read(file));
        String problem = e.problems().get(0).format();
        assertTrue(problem.startsWith(file + ":2:"), problem);
        assertTrue(problem.contains("traget"), problem);
    }

    @Test
    void anEmptyFileSetsNothing() throws Exception {
        Path file = tmp.resolve("sqlbundle.yaml");
        Files.writeString(file, "\n# nothing yet\n");
        assertEquals(ConfigFileValues.none(), ConfigFileValues.read(file));
    }
}
