package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.SqlbundleException;

/** The JSON the Python reader prints -> revision YAML and report, without Python. */
class ChainMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String revisions, String conditions) throws Exception {
        return JSON.readTree(("{'revisions': [" + revisions + "], 'conditions': [" + conditions + "]}")
                .replace('\'', '"'));
    }

    private static String rev(String id, String parent, String upgrade, String downgrade) {
        return "{'file': 'versions/" + id + "_x.py', 'revision': '" + id + "', 'down_revision': "
                + (parent == null ? "null" : "'" + parent + "'") + ", 'doc': 'does " + id + "\\n\\nRevision ID: "
                + id + "', 'problems': [], 'upgrade': [" + upgrade + "], 'downgrade': [" + downgrade + "]}";
    }

    private static String call(String op, int line, String args, String when) {
        return "{'op': '" + op + "', 'file': 'versions/f.py', 'line': " + line + ", 'call': 'op." + op
                + "(...)', 'batch': false, 'when': [" + when + "], 'args': " + args + "}";
    }

    private static final String INT = "{'class': 'Integer', 'generic': ['Integer']}";

    private static String fkTable(String table, String column) {
        return "{'table': {'name': '" + table + "', 'columns': [{'name': 'id', 'type': " + INT + ", 'nullable': false, "
                + "'primary_key': true}, {'name': '" + column + "', 'type': " + INT + ", 'nullable': true}], "
                + "'constraints': [{'kind': 'PrimaryKeyConstraint', 'name': null, 'columns': ['id']}, "
                + "{'kind': 'ForeignKeyConstraint', 'name': null, 'columns': ['" + column + "'], 'refs': ['o.id'], "
                + "'ondelete': 'CASCADE', 'onupdate': null}], 'indexes': [], 'options': {'engine': 'InnoDB'}}}";
    }

    @Test
    void sameIdsParentsAndDocstringMessagesInChainOrder() throws Exception {
        ChainMapper.Result r = ChainMapper.map(read(rev("b2", "a1", "", "") + "," + rev("a1", null, "", ""), ""));
        assertEquals(java.util.List.of("a1_x.yaml", "b2_x.yaml"), java.util.List.copyOf(r.files().keySet()));
        String b2 = r.files().get("b2_x.yaml");
        assertTrue(b2.contains("id: b2\nparent: a1\nmessage: \"does b2\"\n"), b2);
    }

    @Test
    void unnamedForeignKeysGetEachServersNameCountedPerTable() throws Exception {
        String up = call("create_table", 10, fkTable("t", "a"), "") + ","
                + call("add_column", 11, "{'table': {'name': 't', 'columns': [{'name': 'b', 'type': " + INT
                + "}], 'constraints': [{'kind': 'ForeignKeyConstraint', 'name': null, 'columns': ['b'], "
                + "'refs': ['o.id']}], 'indexes': []}}", "") + ","
                + call("drop_constraint", 12, "{'constraint_name': 't_ibfk_1', 'table_name': 't'}", "");
        String yaml = ChainMapper.map(read(rev("a1", null, up, ""), "")).files().get("a1_x.yaml");
        // created unnamed on MySQL/MariaDB, as under Alembic, so InnoDB names the key and its index
        assertTrue(yaml.contains("{ name: t_a_fkey, dialect_names: { mysql: t_ibfk_1, mariadb: t_ibfk_1 }, "
                + "server_named: [mysql, mariadb], columns: [a], references: { table: o, columns: [id] }, "
                + "on_delete: cascade }"), yaml);
        assertTrue(yaml.contains("name: t_b_fkey\n      dialect_names: { mysql: t_ibfk_2, mariadb: t_ibfk_2 }\n"
                + "      server_named: [mysql, mariadb]\n"), yaml);
        // the chain dropped it by its MySQL name: the written drop uses the chain's name
        assertTrue(yaml.contains("  - drop_constraint:  # alembic: versions/f.py:12\n      table: t\n      name: t_a_fkey\n"),
                yaml);
        // mysql_engine='InnoDB' is written as it is
        assertTrue(yaml.contains("      name: t\n      table_options: { engine: InnoDB }\n"), yaml);
    }

    @Test
    void aForeignKeyTheSourceNamesIsNotServerNamed() throws Exception {
        String up = call("create_table", 10, fkTable("t", "a").replace("'name': null, 'columns': ['a']",
                "'name': 'fk_t_a', 'columns': ['a']"), "");
        String yaml = ChainMapper.map(read(rev("a1", null, up, ""), "")).files().get("a1_x.yaml");
        assertTrue(yaml.contains("{ name: fk_t_a, columns: [a], references: { table: o, columns: [id] }, "
                + "on_delete: cascade }"), yaml);
        assertFalse(yaml.contains("server_named"), yaml);
    }

    @Test
    void aGuardedRevisionGetsARevisionLevelWhenAndANegativeBranchIsNotImported() throws Exception {
        String cond = "{'id': 'c1', 'file': 'versions/f.py', 'line': 5, 'text': 'not should_run(p, plugins)', "
                + "'negated': true, 'constants': ['acme.plugins.LbPlugin'], 'mapped': true}";
        String up = call("drop_table", 7, "{'table_name': 'x'}", "{'id': 'c1', 'value': false}");
        String down = call("drop_table", 9, "{'table_name': 'y'}", "{'id': 'c1', 'value': false}");
        ChainMapper.Result r = ChainMapper.map(read(rev("a1", null, up, down), cond));
        assertTrue(r.files().get("a1_x.yaml").contains("when: { features: [lbplugin] }\n"), r.files().get("a1_x.yaml"));
        assertTrue(r.report().text().contains("lbplugin <- 'acme.plugins.LbPlugin'"), r.report().text());

        String negative = call("drop_table", 7, "{'table_name': 'x'}", "{'id': 'c1', 'value': true}");
        ChainMapper.Result n = ChainMapper.map(read(rev("a1", null, negative, ""), cond));
        assertEquals(1, n.report().count(ImportReport.Status.NOT_IMPORTED));
        assertTrue(n.files().get("a1_x.yaml").contains("# NOT IMPORTED (versions/f.py:7): runs only when "
                + "versions/f.py:5 `not should_run(p, plugins)` is true"), n.files().get("a1_x.yaml"));
    }

    @Test
    void executeAndBulkInsertBecomeSqlAndInsert() throws Exception {
        String up = call("execute", 3, "{'sqltext': 'UPDATE t SET a = 1'}", "") + ","
                + call("bulk_insert", 4, "{'table_name': 't', 'rows': [{'id': 1, 'a': 'x: y'}]}", "");
        String yaml = ChainMapper.map(read(rev("a1", null, up, ""), "")).files().get("a1_x.yaml");
        assertTrue(yaml.contains("  - sql:  # alembic: versions/f.py:3\n      sql: UPDATE t SET a = 1\n"), yaml);
        assertTrue(yaml.contains("        - { id: 1, a: \"x: y\" }\n"), yaml);
    }

    @Test
    void rawSqlGetsAnH2VariantWithItsNamesQuotedOrTheReportSaysItHasNone() throws Exception {
        String up = call("execute", 3, "{'sqltext': 'UPDATE ports SET status = \\u0027x ports\\u0027'}", "") + ","
                + call("execute", 4, "{'sqltext': 'CREATE VIEW v AS SELECT id FROM ports'}", "") + ","
                + call("execute", 5, "{'sqltext': 'VACUUM ports'}", "");
        ChainMapper.Result r = ChainMapper.map(read(rev("a1", null, up, ""), ""));
        String yaml = r.files().get("a1_x.yaml");
        assertTrue(yaml.contains("  - sql:  # alembic: versions/f.py:3\n      sql: UPDATE ports SET status = 'x ports'\n"
                + "      dialects: { h2: UPDATE \"ports\" SET \"status\" = 'x ports' }\n"), yaml);
        assertTrue(yaml.contains("      sql: SELECT id FROM ports\n      dialects: { h2: SELECT \"id\" FROM \"ports\" }\n"),
                yaml);
        String report = r.report().text();
        assertTrue(report.contains("h2: names quoted as PostgreSQL reads them (H2 folds unquoted names to upper case): "
                + "ports -> \"ports\", status -> \"status\""), report);
        assertTrue(report.contains("versions/f.py:5 upgrade op.execute(...)\n               no h2 variant: JSqlParser "
                + "can't parse this SQL (Encountered: <S_IDENTIFIER> / \"VACUUM\", at line 1, column 1"), report);
        assertEquals(3, r.report().count(ImportReport.Status.APPROXIMATED), report);
    }

    @Test
    void anUnnamedEnumIsNotImportedWithAHint() throws Exception {
        String up = call("add_column", 3, "{'table': {'name': 't', 'columns': [{'name': 'e', 'type': {'class': 'Enum', "
                + "'generic': ['Enum'], 'values': ['a']}}], 'constraints': [], 'indexes': []}}", "");
        ChainMapper.Result r = ChainMapper.map(read(rev("a1", null, up, ""), ""));
        assertTrue(r.report().text().contains("without name=: PostgreSQL needs a type name"), r.report().text());
        assertEquals(1, r.report().count(ImportReport.Status.NOT_IMPORTED));
    }

    @Test
    void aMergeRevisionOrABranchIsRefused() throws Exception {
        String merge = "{'file': 'versions/m.py', 'revision': 'm', 'down_revision': ['a', 'b'], 'problems': []}";
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> ChainMapper.map(read(merge, "")));
        assertTrue(e.getMessage().contains("E154"), e.getMessage());
        SqlbundleException b = assertThrows(SqlbundleException.class, () -> ChainMapper.map(read(
                rev("a1", null, "", "") + "," + rev("b1", "a1", "", "") + "," + rev("b2", "a1", "", ""), "")));
        assertTrue(b.getMessage().contains("revision a1 has 2 children: [b1, b2]"), b.getMessage());
    }

    @Test
    void typeQuirksAreReportedAsApproximations() throws Exception {
        String col = "{'name': 'c', 'type': {'class': 'Integer', 'generic': ['Integer'], 'uninstantiated': true, "
                + "'ignored_width': 255}, 'server_default': {'text': '7', 'clause': false}}";
        String up = call("add_column", 3, "{'table': {'name': 't', 'columns': [" + col + "], 'constraints': [], "
                + "'indexes': []}}", "");
        ChainMapper.Result r = ChainMapper.map(read(rev("a1", null, up, ""), ""));
        assertTrue(r.files().get("a1_x.yaml").contains("column: { name: c, type: integer, default: 7 }"),
                r.files().get("a1_x.yaml"));
        assertTrue(r.report().text().contains("display width 255"), r.report().text());
        assertTrue(r.report().text().contains("sa.Integer without () read as sa.Integer()"), r.report().text());
    }

    @Test
    void aCreateOrDropViewInExecuteIsAViewOpAndOtherSqlStaysSql() throws Exception {
        String up = call("execute", 3, "{'sqltext': 'CREATE VIEW v AS SELECT id FROM t WHERE a > 1;'}", "") + ","
                + call("execute", 4, "{'sqltext': 'CREATE OR REPLACE VIEW w AS SELECT id FROM t'}", "");
        String down = call("execute", 7, "{'sqltext': 'DROP VIEW v'}", "") + ","
                + call("execute", 8, "{'sqltext': 'DROP VIEW IF EXISTS w'}", "");
        String yaml = ChainMapper.map(read(rev("a1", null, up, down), "")).files().get("a1_x.yaml");
        assertTrue(yaml.contains("  - create_view:  # alembic: versions/f.py:3\n      name: v\n"
                + "      sql: SELECT id FROM t WHERE a > 1\n"), yaml);
        assertTrue(yaml.contains("  - sql:  # alembic: versions/f.py:4\n      sql: CREATE OR REPLACE VIEW w"), yaml);
        assertTrue(yaml.contains("  - drop_view:  # alembic: versions/f.py:7\n      name: v\n"), yaml);
        assertTrue(yaml.contains("  - sql:  # alembic: versions/f.py:8\n      sql: DROP VIEW IF EXISTS w\n"), yaml);
    }

    @Test
    void everyPrimaryKeyIsPrimaryOnMysqlAndAnUnnamedOneIsTablePkey() throws Exception {
        String up = call("create_table", 10, fkTable("t", "a"), "") + ","
                + call("drop_constraint", 11, "{'constraint_name': 'PRIMARY', 'table_name': 't', 'type_': 'primary'}",
                "") + ","
                + call("create_primary_key", 12, "{'constraint_name': 'pk_t', 'table_name': 't', 'columns': ['id']}",
                "");
        String yaml = ChainMapper.map(read(rev("a1", null, up, ""), "")).files().get("a1_x.yaml");
        assertTrue(yaml.contains("primary_key: { name: t_pkey, dialect_names: { mysql: PRIMARY, mariadb: PRIMARY }, "
                + "columns: [id] }"), yaml);
        // a MySQL-built chain drops it as PRIMARY: the chain's name for it is t_pkey
        assertTrue(yaml.contains("  - drop_constraint:  # alembic: versions/f.py:11\n      table: t\n"
                + "      name: t_pkey\n"), yaml);
        assertTrue(yaml.contains("      name: pk_t\n      dialect_names: { mysql: PRIMARY, mariadb: PRIMARY }\n"
                + "      columns: [id]\n"), yaml);
    }

    @Test
    void anAutoincrementKeyOwnsTheSequenceSerialWouldCreateUnlessItIsAnIdentity() throws Exception {
        String longName = "a_table_name_long_enough_that_postgresql_cuts_the_sequence_name";
        String up = call("create_table", 10, fkTable("t", "a"), "") + ","
                + call("create_table", 11, "{'table': {'name': '" + longName + "', 'columns': [{'name': 'id', 'type': "
                + INT + ", 'nullable': false, 'primary_key': true, 'autoincrement': true}], 'constraints': [], "
                + "'indexes': []}}", "") + ","
                + call("create_table", 12, "{'table': {'name': 'i', 'columns': [{'name': 'id', 'type': " + INT
                + ", 'nullable': false, 'primary_key': true, 'identity': true}], 'constraints': [], 'indexes': []}}",
                "");
        String yaml = ChainMapper.map(read(rev("a1", null, up, ""), "")).files().get("a1_x.yaml");
        assertTrue(yaml.contains("{ name: id, type: integer, nullable: false, autoincrement: true, sequence: t_id_seq }"),
                yaml);
        // 63 bytes, the longer part cut first, as PostgreSQL names SERIAL's sequence
        assertTrue(yaml.contains("sequence: a_table_name_long_enough_that_postgresql_cuts_the_sequen_id_seq }"), yaml);
        assertTrue(yaml.contains("{ name: id, type: integer, nullable: false, autoincrement: true }"), yaml);
    }
}
