package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names PostgreSQL and InnoDB give unnamed constraints, as the chain goes. */
class ServerNamesTest {

    @Test
    void postgresqlNamesAreNumberedWhenTakenAndTruncatedTo63() {
        ServerNames n = new ServerNames();
        assertEquals("t_a_key", n.unique("t", List.of("a")).postgresql());
        assertEquals("t_a_key1", n.unique("t", List.of("a")).postgresql());
        String longTable = "x".repeat(40);
        String name = n.foreignKey(longTable, List.of("y".repeat(40))).postgresql();
        assertEquals(63, name.length());
        assertEquals("x".repeat(29) + "_" + "y".repeat(28) + "_fkey", name);
    }

    @Test
    void innodbCountsAfterTheHighestAndMysqlUniqueKeysTakeTheFirstColumn() {
        ServerNames n = new ServerNames();
        assertEquals("t_ibfk_1", n.foreignKey("t", List.of("a")).mysql());
        ServerNames.Names second = n.foreignKey("t", List.of("b"));
        n.named("t", second);
        assertEquals("t_ibfk_2", second.mysql());
        n.dropped("t", second.postgresql());
        assertEquals("t_ibfk_2", n.foreignKey("t", List.of("c")).mysql());
        assertEquals("a", n.unique("t", List.of("a", "b")).mysql());
        assertEquals("a_2", n.unique("t", List.of("a")).mysql());
    }

    @Test
    void aDownAndUpAgainContinuesFromTheSnapshot() {
        ServerNames n = new ServerNames();
        n.foreignKey("t", List.of("a"));
        ServerNames saved = n.snapshot();
        n.foreignKey("t", List.of("b"));
        n.restore(saved);
        assertEquals("t_ibfk_2", n.foreignKey("t", List.of("b")).mysql());
    }
}
