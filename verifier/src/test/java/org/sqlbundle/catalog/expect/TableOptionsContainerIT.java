package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.testing.ContainerTestImages;
import org.sqlbundle.testing.LeftoverContainers;
import org.sqlbundle.testing.RequiresDocker;
import org.sqlbundle.verifier.ContainerTargets;
import org.sqlbundle.verifier.internal.target.Target;
import org.sqlbundle.verifier.internal.target.Targets;

/**
 * MySQL/MariaDB table options on mariadb:10.11: the reader reads ENGINE and TABLE_COLLATION, the model comparison
 * holds after every op and its undo, and a database whose options differ from what the model states is reported,
 * while options the model does not state are not compared.
 */
@ExtendWith(RequiresDocker.class)
class TableOptionsContainerIT {

    private static final String SCRIPT = """
            - create_table:
                name: parent
                table_options: {engine: InnoDB, charset: utf8mb4, collation: utf8mb4_unicode_ci}
                columns: [{name: id, type: integer, primary_key: true}, {name: name, type: string(40)}, {name: notes, type: text}]
            - create_table:
                name: logs
                table_options: {engine: MyISAM, charset: utf8}
                columns: [{name: id, type: integer, primary_key: true}, {name: line, type: string(200)}]
            - create_table: {name: plain, columns: [{name: id, type: integer, primary_key: true}, {name: s, type: string(10)}]}
            - insert: {table: parent, rows: [{id: 1, name: "zoë", notes: "naïve"}]}
            - alter_table_options: {table: parent, charset: latin1}
            - alter_table_options: {table: logs, engine: Aria, collation: utf8mb4_bin}
            - alter_table_options: {table: parent, collation: utf8mb4_general_ci}
            - create_table:
                name: child
                table_options: {engine: InnoDB}
                columns: [{name: id, type: integer, primary_key: true}, {name: parent_id, type: integer}]
                foreign_keys: [{name: fk_child_parent, columns: [parent_id], references: {table: parent, columns: [id]}}]
            """;

    @AfterAll
    static void noContainerLeft() throws Exception {
        LeftoverContainers.assertNone();
    }

    @Test
    void optionsAreReadComparedAndTheirDifferencesReported() throws Exception {
        try (Target t = Targets.open("mariadb", ContainerTargets.options(ContainerTestImages.MARIADB))) {
            // every op and every derived undo, compared with the catalog after each step
            assertTrue(ModelWalk.ops(t, OpScript.ops(SCRIPT)) > 0);
            SchemaReset.empty(t);

            Schema model = ModelWalk.apply(t, OpScript.ops(SCRIPT));
            Snapshot live = ModelWalk.snapshot(t);
            assertEquals(Map.of("engine", "aria", "charset", "utf8mb4", "collation", "utf8mb4_bin"),
                    live.tables().get("logs").options());
            assertEquals("utf8mb4_general_ci", live.tables().get("parent").options().get("collation"));
            // the server's default for a table without options is read, but not compared
            assertEquals("innodb", live.tables().get("plain").options().get("engine"));
            assertEquals(List.of(), ExpectedSchema.compare(model, List.of(model), live, t.dialect(), "v"));
            SchemaReset.empty(t);

            // the model says MyISAM/latin1; the database was built without options
            List<Op> stated = OpScript.ops("- create_table: {name: m, table_options: {engine: MyISAM, collation: "
                    + "latin1_bin}, columns: [{name: a, type: integer}, {name: s, type: string(5)}]}");
            ModelWalk.execute(t, List.of("create table `m` (`a` int null, `s` varchar(5) null)"));
            Schema expected = OpScript.apply(Schema.EMPTY, stated);
            List<Difference> differences = ExpectedSchema.compare(expected, List.of(expected), ModelWalk.snapshot(t),
                    t.dialect(), "v");
            assertEquals(List.of("table m / option charset", "table m / option collation", "table m / option engine"),
                    differences.stream().map(Difference::object).toList(), differences.toString());
            assertEquals("myisam", differences.get(2).expected());
            assertEquals("innodb", differences.get(2).actual());
            SchemaReset.empty(t);
        }
    }
}
