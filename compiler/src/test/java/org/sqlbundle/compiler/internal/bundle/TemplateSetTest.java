package org.sqlbundle.compiler.internal.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.errors.SqlbundleException;

class TemplateSetTest {

    private static Map<String, Object> bundle() {
        return Map.of("bundle", Map.of("from", "base", "begin", List.of("begin"), "direction", "upgrade"),
                "statements", List.of("select 1", "select 2"));
    }

    @Test
    void builtInGuardTemplateLaysOutStatements() {
        StringWriter out = new StringWriter();
        new TemplateSet("postgresql", Optional.empty()).merge("guard.vm", bundle(), out);
        assertEquals("\n-- Guard: stop before changing anything unless the database is at base.\n"
                + "select 1;\nselect 2;\nbegin;\n", out.toString());
    }

    @Test
    void overrideDirectoryWinsByNameAndDialectFolderWinsOverTopLevel(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("guard.vm"), "top-level guard\n");
        Files.createDirectories(dir.resolve("sqlite"));
        Files.writeString(dir.resolve("sqlite/guard.vm"), "sqlite guard #foreach($s in $statements)[$s]#end\n");
        StringWriter pg = new StringWriter();
        new TemplateSet("postgresql", Optional.of(dir)).merge("guard.vm", bundle(), pg);
        assertEquals("top-level guard\n", pg.toString());
        StringWriter sqlite = new StringWriter();
        new TemplateSet("sqlite", Optional.of(dir)).merge("guard.vm", bundle(), sqlite);
        assertEquals("sqlite guard [select 1][select 2]\n", sqlite.toString());
    }

    @Test
    void templateSyntaxErrorNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("guard.vm"), "line one\n#foreach($s in $statements)\n$s\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () ->
                new TemplateSet("h2", Optional.of(dir)).merge("guard.vm", bundle(), new StringWriter()));
        assertTrue(e.getMessage().contains(dir.resolve("guard.vm").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("E150"), e.getMessage());
    }

    @Test
    void unknownReferenceInTemplateIsAnErrorNotSilentText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("footer.vm"), "-- end $bundle.nosuchvalue\n");
        SqlbundleException e = assertThrows(SqlbundleException.class, () ->
                new TemplateSet("h2", Optional.of(dir)).merge("footer.vm", bundle(), new StringWriter()));
        assertTrue(e.getMessage().contains("footer.vm:1"), e.getMessage());
    }

    @Test
    void nothingAMergeSetsIsVisibleToTheNextMerge(@TempDir Path dir) throws Exception {
        // merges on one thread share a Velocity context (for its introspection cache), but never its values
        Files.writeString(dir.resolve("header.vm"), "#set($leftover = 'from the header')header\n");
        Files.writeString(dir.resolve("footer.vm"), "-- end $leftover\n");
        TemplateSet templates = new TemplateSet("h2", Optional.of(dir));
        StringWriter out = new StringWriter();
        templates.merge("header.vm", bundle(), out);
        assertEquals("header\n", out.toString());
        SqlbundleException e = assertThrows(SqlbundleException.class, () ->
                templates.merge("footer.vm", Map.of(), new StringWriter()));
        assertTrue(e.getMessage().contains("footer.vm:1"), e.getMessage());
    }

    @Test
    void mergesFromManyThreadsGiveTheSameTextAsOne() throws Exception {
        TemplateSet templates = new TemplateSet("postgresql", Optional.empty());
        StringWriter expected = new StringWriter();
        templates.merge("guard.vm", bundle(), expected);
        List<String> texts = java.util.stream.IntStream.range(0, 200).parallel().mapToObj(i -> {
            StringWriter out = new StringWriter();
            templates.merge("guard.vm", bundle(), out);
            return out.toString();
        }).toList();
        texts.forEach(text -> assertEquals(expected.toString(), text));
    }
}
