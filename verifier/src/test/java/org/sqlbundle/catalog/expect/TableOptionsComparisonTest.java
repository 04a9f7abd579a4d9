package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * MySQL/MariaDB table options in the model comparison: projected as the reader spells them, compared only where the
 * model states them, each difference named {@code option <key>}; no options at all on the other dialects.
 */
class TableOptionsComparisonTest {

    private static final Schema MODEL = OpScript.apply(Schema.EMPTY, OpScript.ops("""
            - create_table:
                name: t
                table_options: {engine: innodb, charset: utf8}
                columns: [{name: id, type: integer, primary_key: true}]
            - create_table: {name: u, columns: [{name: id, type: integer, primary_key: true}]}
            """));

    /** The model as projected, with the options a live server reports for every table. */
    private static Snapshot live(Map<String, String> t, Map<String, String> u) {
        Snapshot s = ModelProjection.forDialect(Dialect.MARIADB).project(MODEL);
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        tables.put("t", tables.get("t").withOptions(new TreeMap<>(t)));
        tables.put("u", tables.get("u").withOptions(new TreeMap<>(u)));
        return new Snapshot(tables, s.enums(), s.views(), s.versionRows());
    }

    private static List<Difference> compare(Snapshot live) {
        return ExpectedSchema.compare(MODEL, live, Dialect.MARIADB, "v");
    }

    @Test
    void theStatedOptionsAreProjectedAsTheReaderSpellsThem() {
        assertEquals(Map.of("engine", "innodb", "charset", "utf8mb3"),
                ModelProjection.forDialect(Dialect.MARIADB).project(MODEL).tables().get("t").options());
        assertEquals(Map.of(), ModelProjection.forDialect(Dialect.MYSQL).project(MODEL).tables().get("u").options());
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.H2, Dialect.SQLITE)) {
            assertEquals(Map.of(), ModelProjection.forDialect(d).project(MODEL).tables().get("t").options(), d.name());
        }
    }

    @Test
    void onlyStatedOptionsAreCompared() {
        // the collation of t and everything of u are the server's: not stated, not compared
        assertEquals(List.of(), compare(live(
                Map.of("engine", "innodb", "charset", "utf8mb3", "collation", "utf8mb3_general_ci"),
                Map.of("engine", "myisam", "charset", "latin1", "collation", "latin1_swedish_ci"))));
    }

    @Test
    void aDifferentStatedOptionIsReported() {
        List<Difference> d = compare(live(Map.of("engine", "aria", "charset", "utf8mb4", "collation", "utf8mb4_bin"),
                Map.of("engine", "innodb")));
        assertEquals(List.of(new Difference("table t / option charset", "utf8mb3", "utf8mb4"),
                new Difference("table t / option engine", "innodb", "aria")), d);
    }

    @Test
    void aMissingStatedOptionIsReported() {
        assertEquals(List.of(new Difference("table t / option charset", "utf8mb3", "absent")),
                compare(live(Map.of("engine", "innodb"), Map.of())));
    }
}
