package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** What YAML files may hold before they are parsed, and how the parser's own faults are reported. */
class YamlTextTest {

    @TempDir
    Path dir;

    private static Problem problem(Runnable action) {
        SqlbundleException e = assertThrows(SqlbundleException.class, action::run);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static Problem parseFailure(String yaml) {
        return problem(() -> YamlReader.read(new StringReader(YamlText.decode(yaml.getBytes(StandardCharsets.UTF_8),
                "r.yaml")), "r.yaml"));
    }

    @Test
    void anAliasIsRefusedWhereItIsNotReadAsTheAnchorsName() {
        Problem p = parseFailure("id: a\ndflt: &dflt 5\nupgrade:\n  - x: *dflt\n");
        assertEquals("r.yaml:4:8", p.pos().toString());
        assertTrue(p.message().contains("YAML alias *dflt is not supported"), p.message());
        Problem merge = parseFailure("base: &b {a: 1}\nother:\n  <<: *b\n");
        assertEquals(3, merge.pos().line(), merge.format());
    }

    @Test
    void invalidUtf8IsRefusedAtItsLineAndColumn() {
        byte[] bytes = "id: a\nmessage: caf\u00e9 \u00e0 la crème\n".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = problem(() -> YamlText.decode(bytes, "r.yaml"));
        assertEquals("r.yaml:2:13", p.pos().toString());
        assertTrue(p.message().startsWith("not valid UTF-8: byte 0xE9"), p.message());
        byte[] truncated = {'i', 'd', ':', ' ', (byte) 0xC3};
        assertEquals("r.yaml:1:5", problem(() -> YamlText.decode(truncated, "r.yaml")).pos().toString());
        assertEquals("é ok\n", YamlText.decode("é ok\n".getBytes(StandardCharsets.UTF_8), "r.yaml"));
    }

    @Test
    void aTabUsedForIndentationSaysTab() {
        Problem p = parseFailure("id: a\nupgrade:\n  - drop_table: {name: a}\n\t- drop_table: {name: b}\n");
        assertEquals(4, p.pos().line(), p.format());
        assertTrue(p.message().contains("a tab character") && p.message().contains("spaces only"), p.message());
    }

    @Test
    void aTabInsideABlockScalarIsText() {
        Node root = YamlReader.read(new StringReader("sql: |\n  select\n  \tfrom t\n"), "r.yaml");
        assertTrue(root instanceof Node.MapNode);
    }

    /** One long line made SnakeYAML's reader quadratic (1 MB: 10-20 s); it is refused at once instead. */
    @Test
    void aLineOverTheLimitIsRefusedAtOnce() {
        String yaml = "id: a\nmessage: " + "y".repeat(4 * 1024 * 1024) + "\n";
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parseFailure(yaml));
        assertEquals(2, p.pos().line());
        assertTrue(p.message().contains("the limit is " + YamlText.MAX_LINE_CHARS), p.message());
    }

    /** 12 MB of lines at the length limit, past SnakeYAML's default 3 Mi code point limit, in linear time. */
    @Test
    void aLargeFileUnderTheLimitsIsReadInLinearTime() {
        String line = "  " + "x".repeat(YamlText.MAX_LINE_CHARS - 2) + "\n";
        String yaml = "id: a\nmessage: |\n" + line.repeat(12 * 1024 * 1024 / line.length()) + "upgrade: []\n";
        Node root = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> YamlReader.read(new StringReader(
                YamlText.decode(yaml.getBytes(StandardCharsets.UTF_8), "r.yaml")), "r.yaml"));
        assertTrue(((Node.MapNode) root).entries().containsKey("upgrade"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = ("  " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= YamlText.MAX_FILE_BYTES; written += block.length) {
                out.write(block);
            }
        }
        Problem p = problem(() -> YamlText.read(big, "big.yaml"));
        assertTrue(p.message().contains("the limit is " + YamlText.MAX_FILE_BYTES + " (16 MiB)"), p.message());
    }
}
