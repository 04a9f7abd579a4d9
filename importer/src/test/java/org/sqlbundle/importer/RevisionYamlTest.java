package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.YamlReader;

/** What the importer writes reads back through the compiler's own reader as the same value. */
class RevisionYamlTest {

    private static Node.ScalarNode readBack(Object value) {
        Node.MapNode map = (Node.MapNode) YamlReader.read(new StringReader("k: " + RevisionYaml.flow(value) + "\n"),
                "test.yaml");
        return (Node.ScalarNode) map.entries().get("k").value();
    }

    @Test
    void everyAwkwardStringReadsBackAsItself() {
        List<String> awkward = List.of("yes", "No", "on", "null", "~", "1e10", "0x1F", "1_000", ".inf", "0001",
                "a: b", "#x", " lead", "trail ", "line\nbreak", "tab\there", "quote\"s", "back\\slash", "grün",
                "-", "[x]", "{y}", "*alias", "&anchor", "!tag", "%p", "@a", "`b", "'single'", "2024-01-01", "",
                "t_ibfk_1", "\u0001ctl", "string(64)", "set null");
        for (String s : awkward) {
            Node.ScalarNode back = readBack(s);
            assertEquals(Node.ScalarType.STRING, back.type(), "written as " + RevisionYaml.flow(s));
            assertEquals(s, back.text(), "written as " + RevisionYaml.flow(s));
        }
    }

    @Test
    void decimalsAreWrittenAsPlainNumbers() {
        // a row value of 0.0000001 comes from JSON as 1E-7, which YAML would read as a string
        for (String d : List.of("0.0000001", "1.50", "12345678901234567890.5", "-3.25")) {
            String written = RevisionYaml.flow(new BigDecimal(d));
            assertEquals(d, written);
            assertEquals(Node.ScalarType.DECIMAL, readBack(new BigDecimal(d)).type(), written);
        }
        assertEquals("[1.5, { a: 0.0000001 }]", RevisionYaml.flow(List.of(1.5,
                java.util.Map.of("a", new BigDecimal("1E-7")))));
    }
}
