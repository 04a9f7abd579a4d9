package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.catalog.autogen.Autogenerate;
import org.sqlbundle.catalog.autogen.SchemaDiff;
import org.sqlbundle.catalog.snapshot.IndexSnapshot;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.compiler.testing.ServerNamedKeys;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * Foreign keys the server names ({@code server_named}) on mariadb:10.11: each of InnoDB's naming rules the model
 * predicts (InnodbNames) is read back from the catalog, and the model matches the catalog after every op and every
 * derived undo, the index a dropped key leaves behind included; autogenerate takes InnoDB's index for the key's.
 */
@ExtendWith(RequiresDocker.class)
class ServerNamedForeignKeyContainerIT {

    /** Named keys among server-named ones: e_ibfk_5 shifts no CREATE TABLE number, and the next ALTER's. */
    private static final String NUMBERED = """
            - create_table:
                name: e
                columns: [{name: id, type: integer, primary_key: true}]
                foreign_keys:
                  - {name: k5, columns: [id], references: {table: n, columns: [id]}, dialect_names: {mariadb: e_ibfk_5}}
                  - {name: e_id_fkey, columns: [id], references: {table: n, columns: [id]}, server_named: [mariadb]}
            - add_foreign_key: {table: e, name: e_id_fkey1, columns: [id], references: {table: n, columns: [id]}, server_named: [mariadb]}
            """;
    private static final String TABLES = ServerNamedKeys.PARENT + ServerNamedKeys.CHILD + NUMBERED;

    private static final String CHANGES = """
            - add_foreign_key: {table: c, name: c_xa_fkey, columns: [x, a], references: {table: n, columns: [id, b]}, server_named: [mariadb]}
            - create_index: {name: ix_ab, table: c, columns: [a, b]}
            - create_index: {name: ix_ax, table: c, columns: [a, x]}
            - rename_table: {name: c, to: d}
            - rename_table: {name: e, to: f}
            - drop_constraint: {table: d, name: c_xa_fkey}
            """;

    @AfterAll
    static void noContainerLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void innodbNamesKeysAndTheirIndexesAsTheModelPredicts() throws Exception {
        try (Target t = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            Schema created = ModelWalk.apply(t, OpScript.ops(TABLES));
            TableSnapshot c = ModelWalk.snapshot(t).tables().get("c");
            assertEquals(Set.of("a", "c_ibfk_1", "c_ibfk_2", "c_ibfk_3"), c.foreignKeys().keySet());
            // CREATE TABLE numbers its unnamed keys 1, 2 ... whatever the named ones are called; ALTER TABLE after
            // the highest
            assertEquals(Set.of("e_ibfk_1", "e_ibfk_5", "e_ibfk_6"),
                    ModelWalk.snapshot(t).tables().get("e").foreignKeys().keySet());
            // one index for the two keys on a, after the column and numbered (the named key's index is `a`); none
            // for the key the primary key serves
            assertEquals(List.of(new IndexSnapshot("a_2", List.of("a"), false)), List.copyOf(c.indexes().values()));
            assertEquals(List.of(), ExpectedSchema.compare(created, List.of(created), ModelWalk.snapshot(t),
                    t.dialect(), ModelWalk.VERSION_TABLE));
            SchemaReset.empty(t);

            Schema changed = ModelWalk.apply(t, OpScript.ops(TABLES + CHANGES.lines()
                    .filter(l -> !l.contains("drop_constraint")).reduce("", (x, l) -> x + l + "\n")));
            TableSnapshot d = ModelWalk.snapshot(t).tables().get("d");
            // a rename renames every <old>_ibfk_<n>, the server's and the chain's own, and renumbers none
            assertEquals(Set.of("a", "d_ibfk_1", "d_ibfk_2", "d_ibfk_3", "d_ibfk_4"), d.foreignKeys().keySet());
            assertEquals(Set.of("f_ibfk_1", "f_ibfk_5", "f_ibfk_6"),
                    ModelWalk.snapshot(t).tables().get("f").foreignKeys().keySet());
            // ix_ab replaced a_2; ix_ax, in another order, did not replace x (x, a)
            assertEquals(new TreeMap<>(java.util.Map.of("ix_ab", new IndexSnapshot("ix_ab", List.of("a", "b"), false),
                    "ix_ax", new IndexSnapshot("ix_ax", List.of("a", "x"), false),
                    "x", new IndexSnapshot("x", List.of("x", "a"), false))), d.indexes());
            assertEquals(List.of(), ExpectedSchema.compare(changed, List.of(changed), ModelWalk.snapshot(t),
                    t.dialect(), ModelWalk.VERSION_TABLE));
            // autogenerate sees InnoDB's index x as the key's own, not as an index to create
            try (Connection conn = t.openConnection()) {
                SchemaDiff.Result diff = Autogenerate.diff(conn, t.dialect(), changed, ModelWalk.VERSION_TABLE);
                assertEquals(List.of(), diff.ops().stream().map(Op::describe).toList());
            }
            SchemaReset.empty(t);

            // every op and every derived undo, the catalog compared after each (the dropped key's index stays)
            List<Op> all = OpScript.ops(TABLES + CHANGES);
            assertTrue(ModelWalk.ops(t, all) >= 2 * all.size());
            SchemaReset.empty(t);
        }
    }
}
