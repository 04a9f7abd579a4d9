package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** Parse errors of ops (E02x), each at the offending node's line:col. */
class OpReaderTest {

    private static final String OK = "- drop_table: {name: t}\n";

    private static void fails(String yaml, String code, String pos) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> OpScript.ops(yaml));
        Problem p = e.problems().get(0);
        assertEquals(code, p.code(), p.format());
        assertEquals("test.yaml:" + pos, p.pos().toString(), p.format());
    }

    @Test
    void opShapeAndName() {
        fails(OK + "- {drop_table: {name: t}, drop_view: {name: v}}\n", "E020", "2:3");
        fails(OK + "- drop_table\n", "E020", "2:3");
        fails(OK + "- drop_tabel: {name: t}\n", "E022", "2:3");
        fails(OK + "- drop_table: {name: t, table: x}\n", "E005", "2:25");
        fails(OK + "- drop_table: {}\n", "E006", "2:15");
    }

    @Test
    void columnsAndTypes() {
        fails(OK + "- add_column: {table: t, column: {name: c, type: integer, unique: true}}\n", "E021", "2:34");
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text, primary_key: true}], "
                + "primary_key: {columns: [a]}}\n", "E023", "2:93");
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text, primary_key: true, nullable: true}]}\n",
                "E024", "2:88");
        fails(OK + "- add_column: {table: t, column: {name: c, type: string}}\n", "E025", "2:50");
        fails(OK + "- alter_column: {table: t, name: c, type: uuid}\n", "E025", "2:43");
    }

    @Test
    void foreignKeysDefaultsAndDialects() {
        fails(OK + "- add_foreign_key: {table: t, name: f, columns: [a], references: {table: u, columns: [b]}, "
                + "on_delete: explode}\n", "E026", "2:103");
        fails(OK + "- add_column: {table: t, column: {name: c, type: datetime, default: {expr: now()}}}\n",
                "E027", "2:76");
        fails(OK + "- create_view: {name: v, sql: 'select 1', dialects: {oracle: 'select 2'}}\n", "E028", "2:54");
    }
}
