package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the importer writes reads back as the same strings (Jackson YAML is the chain's reader). */
class RevisionYamlTest {

    @Test
    void everyAwkwardStringReadsBackAsItself() throws Exception {
        List<String> awkward = List.of("yes", "No", "on", "null", "~", "1e10", "0x1F", "1_000", ".inf", "0001",
                "a: b", "#x", " lead", "trail ", "line\nbreak", "tab\there", "quote\"s", "back\\slash", "grün",
                "-", "[x]", "{y}", "*alias", "&anchor", "!tag", "%p", "@a", "`b", "'single'", "2024-01-01", "",
                "t_ibfk_1", "\u0001ctl");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String s : awkward) {
            Map<?, ?> back = yaml.readValue("k: " + RevisionYaml.scalar(s) + "\n", Map.class);
            assertEquals(s, back.get("k"), "written as " + RevisionYaml.scalar(s));
        }
    }

    @Test
    void plainWhereThatIsSafe() {
        assertEquals("t_ibfk_1", RevisionYaml.scalar("t_ibfk_1"));
        assertEquals("\"yes\"", RevisionYaml.scalar("yes"));
        assertEquals("\"0001\"", RevisionYaml.scalar("0001"));
    }
}
