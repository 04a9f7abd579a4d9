package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** A small schema every op test starts from, and a check that an op script fails at a given op. */
final class OpFixture {

    static final String BASE_YAML = """
            - create_enum: {name: status, values: [active, disabled]}
            - create_table:
                name: pools
                columns:
                  - {name: id, type: integer, primary_key: true, autoincrement: true}
                  - {name: name, type: string(64), nullable: false}
                  - {name: code, type: string(8), unique: true}
                  - {name: status, type: enum(status), default: active}
                  - {name: weight, type: integer}
                checks:
                  - {name: ck_pools_weight, expression: "weight >= 0"}
            - create_table:
                name: members
                columns:
                  - {name: id, type: integer, primary_key: true}
                  - {name: pool_id, type: integer, nullable: false}
                  - {name: pool_code, type: string(8)}
                  - {name: port, type: integer}
                  - {name: note, type: text}
                foreign_keys:
                  - {name: fk_members_pools, columns: [pool_id], references: {table: pools, columns: [id]}, on_delete: cascade}
            - create_index: {name: ix_members_port, table: members, columns: [port]}
            - create_view: {name: v_pools, sql: "select id from pools"}
            """;

    static final Schema BASE = OpScript.apply(Schema.EMPTY, OpScript.ops(BASE_YAML));

    private OpFixture() {
    }

    static Schema apply(String yaml) {
        return OpScript.apply(BASE, OpScript.ops(yaml));
    }

    /** Applies {@code yaml} to BASE and expects the op written at {@code line} (column 3, after "- ") to fail. */
    static Problem fails(String yaml, String code, int line) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> apply(yaml));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        Problem p = e.problems().get(0);
        assertEquals(code, p.code(), p.format());
        assertEquals("test.yaml:" + line + ":3", p.pos().toString(), p.format());
        return p;
    }
}
