package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlScalarsTest {

    private static Node.ScalarNode readBack(String scalar) {
        Node.MapNode map = (Node.MapNode) YamlReader.read(new StringReader("k: " + scalar + "\n"), "test.yaml");
        return (Node.ScalarNode) map.entries().get("k").value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "with: colon", "# hash", "a \"quote\"", "it's", "back\\slash", "line\nbreak",
        "cr\r\nlf", "tab\tbed", "bell\u0007", "nel\u0085", "sep\u2028x", "\ufeffbom", "null", "~", "true", "No", "1e3",
        "0x1F", "0777", "", " lead and trail ", "- dash", "[flow]", "{map}", "&a", "*b", "!tag", "%dir", "@at", "`tick",
        "|", ">", "emoji 🚀"})
    void quotedReadsBackAsTheSameString(String value) {
        Node.ScalarNode node = readBack(YamlScalars.quoted(value));
        assertEquals(Node.ScalarType.STRING, node.type());
        assertEquals(value, node.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"folsom", "a1b2c3d4e5f6", "123456789012", "1e10", "null", "true", "yes", "off",
        "grizzly-2013.1", "with space", "_x"})
    void plainOrQuotedReadsBackAsTheSameString(String value) {
        Node.ScalarNode node = readBack(YamlScalars.plainOrQuoted(value));
        assertEquals(Node.ScalarType.STRING, node.type(), value);
        assertEquals(value, node.text());
    }

    @org.junit.jupiter.api.Test
    void loneSurrogateIsRefusedNotJoinedToTheNextCharacter() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> YamlScalars.quoted("a\ud800\u7bf7"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("a\\ud800"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"folsom", "a1b2c3d4e5f6", "grizzly-2013.1", "audit log", "2024-01-01", "<<"})
    void stringsTheReaderReadsBackPlainStayPlain(String value) {
        assertEquals(value, YamlScalars.plainOrQuoted(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-7", "0.0000001", "1.50", "-3.25E-1", "12345678901234567890.5"})
    void aBigDecimalIsWrittenAsAPlainDecimalThatReadsBackAsOne(String value) {
        java.math.BigDecimal d = new java.math.BigDecimal(value);
        String written = YamlScalars.value(d);
        assertEquals(d.toPlainString(), written);
        assertEquals(Node.ScalarType.DECIMAL, readBack(written).type(), written);
    }
}
