package org.sqlbundle.compiler.testing;

/**
 * Test fixture: two tables whose foreign keys the server names ({@code server_named}), as op lists at column 0
 * ({@link OpScript#ops}); a revision indents them under {@code upgrade:}. Shared by the model's tests and the
 * container test that checks the same names on mariadb:10.11.
 */
public final class ServerNamedKeys {

    /** {@code n}: the referenced table, keyed on id and on (id, b). */
    public static final String PARENT = """
            - create_table:
                name: n
                columns: [{name: id, type: integer, primary_key: true}, {name: b, type: integer}]
                unique: [{name: uq_n, columns: [id, b]}]
            """;

    /**
     * {@code c}: a named key on b (its index is named a), two server-named keys on a (c_ibfk_1 with the index a_2,
     * c_ibfk_2 served by it) and one on id (c_ibfk_3, served by the primary key).
     */
    public static final String CHILD = """
            - create_table:
                name: c
                columns: [{name: id, type: integer, primary_key: true}, {name: a, type: integer},
                          {name: b, type: integer}, {name: x, type: integer}]
                foreign_keys:
                  - {name: a, columns: [b], references: {table: n, columns: [id]}}
                  - {name: c_a_fkey, columns: [a], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
                  - {name: c_a_fkey1, columns: [a], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
                  - {name: c_id_fkey, columns: [id], references: {table: n, columns: [id]}, server_named: [mysql, mariadb]}
            """;

    private ServerNamedKeys() {
    }
}
