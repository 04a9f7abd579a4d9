package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.plan.Symmetry;
import org.sqlbundle.errors.SqlbundleException;

/**
 * {@code dialect_names:}: the chain keeps one name per constraint or index (drops use it), SQL for a dialect uses
 * that dialect's name, and a downgrade that loses the dialect names is asymmetric.
 */
class DialectNamesTest {

    static final String BASE = """
            id: a1
            parent: null
            message: base
            upgrade:
              - create_table: {name: p, columns: [{name: id, type: integer, primary_key: true}]}
              - create_table:
                  name: c
                  columns: [{name: id, type: integer}, {name: p_id, type: integer}, {name: n, type: integer}]
                  primary_key: {name: pk_c, columns: [id], dialect_names: {postgresql: c_pkey}}
                  foreign_keys:
                    - {name: fk_c_p, columns: [p_id], references: {table: p, columns: [id]}, dialect_names: {postgresql: c_p_id_fkey, mysql: c_ibfk_1, mariadb: c_ibfk_1}}
                  unique: [{name: uq_c_n, columns: [n], dialect_names: {postgresql: c_n_key, mysql: n}}]
                  checks: [{name: ck_c_n, expression: "n > 0", dialect_names: {mariadb: CONSTRAINT_1}}]
              - create_index: {name: ix_c_pn, table: c, columns: [p_id, n], dialect_names: {sqlite: ix_sqlite}}
            """;

    static final String DROPS = """
            id: b2
            parent: a1
            message: drops by the chain's names
            upgrade:
              - drop_index: {name: ix_c_pn}
              - drop_constraint: {table: c, name: fk_c_p}
              - drop_constraint: {table: c, name: uq_c_n}
              - drop_constraint: {table: c, name: ck_c_n}
              - drop_constraint: {table: c, name: pk_c}
            """;

    @TempDir
    Path dir;

    private Compiler load(String... files) throws IOException {
        for (int i = 0; i < files.length; i++) {
            Files.writeString(dir.resolve(i + ".yaml"), files[i], StandardCharsets.UTF_8);
        }
        return Compiler.configure().chainDir(dir).load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "POSTGRESQL|\"c_pkey\"|\"c_p_id_fkey\"|\"c_n_key\"|\"ck_c_n\"|\"ix_c_pn\"",
        "MYSQL|primary key|`c_ibfk_1`|`n`|`ck_c_n`|`ix_c_pn`",
        "MARIADB|primary key|`c_ibfk_1`|`uq_c_n`|`constraint_1`|`ix_c_pn`",
        "H2|\"pk_c\"|\"fk_c_p\"|\"uq_c_n\"|\"ck_c_n\"|\"ix_c_pn\"",
        "SQLITE|\"pk_c\"|\"fk_c_p\"|\"uq_c_n\"|\"ck_c_n\"|\"ix_sqlite\""})
    void eachDialectCreatesAndDropsByItsOwnName(Dialect dialect, String pk, String fk, String uq, String ck,
                                                 String ix) throws IOException {
        Compiler c = load(BASE, DROPS);
        String up = c.script(dialect, new Range(c.chain(), -1, 0)).toLowerCase(Locale.ROOT);
        for (String name : List.of(pk, fk, uq, ck, ix)) {
            assertTrue(up.contains(name.toLowerCase(Locale.ROOT)), name + " in\n" + up);
        }
        String drops = c.script(dialect, new Range(c.chain(), 0, 1)).toLowerCase(Locale.ROOT);
        if (dialect != Dialect.SQLITE) {
            // SQLite rebuilds the table, naming every constraint again
            for (String name : List.of(fk, uq, ck, ix)) {
                assertTrue(drops.contains(name.toLowerCase(Locale.ROOT)), name + " dropped in\n" + drops);
            }
        }
        if (dialect == Dialect.POSTGRESQL || dialect == Dialect.MYSQL) {
            assertFalse(up.contains("fk_c_p"), up);
        }
        assertEquals(List.of(), c.model().asymmetries());
    }

    @Test
    void aDowngradeThatLosesTheDialectNamesIsAsymmetric() throws IOException {
        Compiler c = load(BASE, """
                id: b2
                parent: a1
                message: m
                upgrade:
                  - drop_constraint: {table: c, name: fk_c_p}
                downgrade:
                  - add_foreign_key: {table: c, name: fk_c_p, columns: [p_id], references: {table: p, columns: [id]}}
                """);
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> Symmetry.enforce(List.of(c.model()), List.of()));
        assertEquals("E145", e.problems().get(0).code(), e.getMessage());
        assertTrue(e.getMessage().contains("foreign key fk_c_p on c: dialect_names {mariadb:c_ibfk_1, mysql:c_ibfk_1, "
                + "postgresql:c_p_id_fkey} before the upgrade, none after"), e.getMessage());
    }

    @Test
    void badDialectNamesAreErrorsAtTheirLine() throws IOException {
        String empty = BASE.replace("{sqlite: ix_sqlite}", "{sqlite: ''}");
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> load(empty));
        assertEquals("E133", e.problems().get(0).code(), e.getMessage());
        assertEquals(14, e.problems().get(0).pos().line(), e.getMessage());
        String unknown = BASE.replace("{sqlite: ix_sqlite}", "{sqlit: ix_sqlite}");
        SqlbundleException u = assertThrows(SqlbundleException.class, () -> load(unknown));
        assertEquals("E028", u.problems().get(0).code(), u.getMessage());
        assertTrue(u.problems().get(0).hint().orElse("").contains("sqlite"), u.getMessage());
    }
}
