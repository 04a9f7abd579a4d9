package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SQLAlchemy's text types -> the bounded text that gives MySQL/MariaDB the same column type, unbounded elsewhere. */
class TextTypeMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "{'class': 'Text', 'generic': ['Text', 'String']};text(65535)",
            "{'class': 'UnicodeText', 'generic': ['UnicodeText', 'Text', 'String']};text(65535)",
            "{'class': 'Text', 'generic': ['Text', 'String'], 'length': 1000};text(1000)",
            "{'class': 'TINYTEXT', 'generic': ['Text', 'String']};text(255)",
            "{'class': 'TEXT', 'generic': ['TEXT', 'Text', 'String']};text(65535)",
            "{'class': 'MEDIUMTEXT', 'generic': ['Text', 'String']};text(16777215)",
            "{'class': 'LONGTEXT', 'generic': ['Text', 'String']};text"})
    void mapsToTheTextMysqlWouldHave(String json, String portable) throws Exception {
        var node = new ObjectMapper().readTree(json.replace('\'', '"'));
        TypeMapper.Mapped m = TypeMapper.map(node);
        assertEquals(portable, m.type());
        // only a sized Text(n) is approximate: the server sizes TEXT(n) in characters of the table's charset
        assertEquals(portable.equals("text(1000)"), !m.notes().isEmpty(), m.notes().toString());
        assertTrue(m.notes().stream().allMatch(n -> n.contains("characters of the table's charset")), m.notes().toString());
    }
}
