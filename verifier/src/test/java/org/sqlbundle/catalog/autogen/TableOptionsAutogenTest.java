package org.sqlbundle.catalog.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.expect.ExpectedSchema;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.testing.OpScript;

/** Autogenerate on MySQL/MariaDB: a stated table option the database no longer has becomes alter_table_options. */
class TableOptionsAutogenTest {

    private static final Schema HEAD = OpScript.apply(Schema.EMPTY, OpScript.ops("""
            - create_table:
                name: t
                table_options: {engine: InnoDB, charset: utf8, collation: utf8_general_ci}
                columns: [{name: id, type: integer, primary_key: true}]
            - create_table: {name: u, columns: [{name: id, type: integer, primary_key: true}]}
            """));

    /** The database as the model says, but with the options a server reports. */
    private static Snapshot database(Map<String, String> t) {
        Snapshot s = ExpectedSchema.projected(HEAD, Dialect.MARIADB);
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        tables.put("t", tables.get("t").withOptions(new TreeMap<>(t)));
        tables.put("u", tables.get("u").withOptions(new TreeMap<>(Map.of("engine", "myisam", "charset", "latin1",
                "collation", "latin1_swedish_ci"))));
        return new Snapshot(tables, s.enums(), s.views(), s.versionRows());
    }

    private static List<Op> ops(Map<String, String> t) {
        return Autogenerate.diff(database(t), Dialect.MARIADB, HEAD, "v").ops();
    }

    @Test
    void optionsAsStatedGiveNoOpWhateverTheServersSpellingAndTheUnstatedOnes() {
        assertEquals(List.of(), ops(Map.of("engine", "innodb", "charset", "utf8mb3", "collation", "utf8mb3_general_ci")));
    }

    @Test
    void aChangedEngineOrCharsetBecomesAlterTableOptions() {
        List<Op> ops = ops(Map.of("engine", "aria", "charset", "utf8mb4", "collation", "utf8mb4_bin"));
        assertEquals(1, ops.size(), ops.toString());
        AlterTableOptions op = (AlterTableOptions) ops.get(0);
        assertEquals("t", op.table());
        assertEquals(new TableOptions(Optional.of("Aria"), Optional.of("utf8mb4"), Optional.of("utf8mb4_bin")),
                op.change());
        // its derived undo restores the model's options
        assertEquals(new TableOptions(Optional.of("InnoDB"), Optional.of("utf8"), Optional.of("utf8_general_ci")),
                ((AlterTableOptions) op.reverse(HEAD).ops().get(0)).change());
    }

    @Test
    void onlyTheEngineChangedGivesOnlyTheEngine() {
        List<Op> ops = ops(Map.of("engine", "myisam", "charset", "utf8mb3", "collation", "utf8mb3_general_ci"));
        assertEquals(List.of(new TableOptions(Optional.of("MyISAM"), Optional.empty(), Optional.empty())),
                ops.stream().map(o -> ((AlterTableOptions) o).change()).toList());
    }
}
