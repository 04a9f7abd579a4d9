package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The reader's mysql_/mariadb_ table options -> create_table's table_options and the report, without Python. */
class TableOptionsMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChainMapper.Result map(String options, String mariadbOptions) throws Exception {
        String table = "{'name': 't', 'columns': [{'name': 'id', 'type': {'class': 'Integer', 'generic': ['Integer']}, "
                + "'nullable': false, 'primary_key': true}], 'constraints': [], 'indexes': [], 'options': " + options
                + ", 'mariadb_options': " + mariadbOptions + "}";
        String call = "{'op': 'create_table', 'file': 'versions/f.py', 'line': 4, 'call': 'op.create_table(...)', "
                + "'batch': false, 'when': [], 'args': {'table': " + table + "}}";
        String rev = "{'file': 'versions/a1_x.py', 'revision': 'a1', 'down_revision': null, 'doc': 'a1', "
                + "'problems': [], 'upgrade': [" + call + "], 'downgrade': []}";
        JsonNode json = JSON.readTree(("{'revisions': [" + rev + "], 'conditions': []}").replace('\'', '"'));
        return ChainMapper.map(json);
    }

    @Test
    void mysqlOptionsAreWrittenExactly() throws Exception {
        ChainMapper.Result r = map("{'engine': 'InnoDB', 'default_charset': 'utf8mb4', 'collate': 'utf8mb4_bin'}", "{}");
        String yaml = r.files().get("a1_x.yaml");
        assertTrue(yaml.contains("      name: t\n      table_options: { engine: InnoDB, charset: utf8mb4, "
                + "collation: utf8mb4_bin }\n"), yaml);
        assertEquals(1, r.report().count(ImportReport.Status.EXACT), r.report().text());
        assertEquals(0, r.report().count(ImportReport.Status.APPROXIMATED), r.report().text());
    }

    @Test
    void charsetIsTakenOverDefaultCharset() throws Exception {
        String yaml = map("{'charset': 'latin1', 'default_charset': 'utf8'}", "{}").files().get("a1_x.yaml");
        assertTrue(yaml.contains("table_options: { charset: latin1 }"), yaml);
    }

    @Test
    void mariadbOptionsThatDifferOrStandAloneAndUnknownOptionsAreReported() throws Exception {
        ChainMapper.Result r = map("{'engine': 'MyISAM', 'row_format': 'DYNAMIC'}",
                "{'engine': 'Aria', 'collate': 'utf8mb4_bin'}");
        String yaml = r.files().get("a1_x.yaml");
        assertTrue(yaml.contains("table_options: { engine: MyISAM, collation: utf8mb4_bin }"), yaml);
        String text = r.report().text();
        assertEquals(1, r.report().count(ImportReport.Status.APPROXIMATED), text);
        assertTrue(text.contains("mariadb_engine='Aria' differs from mysql_engine='MyISAM'"), text);
        assertTrue(text.contains("mariadb_collate='utf8mb4_bin' has no mysql_ twin"), text);
        assertTrue(text.contains("mysql_row_format='DYNAMIC' not imported"), text);
    }

    @Test
    void noOptionsWriteNoTableOptions() throws Exception {
        ChainMapper.Result r = map("{}", "{}");
        assertFalse(r.files().get("a1_x.yaml").contains("table_options"), r.files().get("a1_x.yaml"));
        assertEquals(1, r.report().count(ImportReport.Status.EXACT), r.report().text());
    }
}
