package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

class SqliteSnapshotReaderTest extends SnapshotReaderContract {

    private static SqliteTarget target;

    @BeforeAll
    static void open() {
        target = SqliteTarget.create();
    }

    @AfterAll
    static void close() {
        target.close();
    }

    @Override
    Target target() {
        return target;
    }

    @Override
    void empty(Connection c) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (var s = c.createStatement(); var r = s.executeQuery(
                "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%'"
                        + " ORDER BY type DESC")) {
            while (r.next()) {
                drops.add("DROP " + r.getString(1) + " \"" + r.getString(2) + "\"");
            }
        }
        try (var s = c.createStatement()) {
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }

    @Test
    void unnamedConstraintsGetSyntheticNamesAndColumnLevelClausesAreFound() throws SQLException {
        Snapshot s = snapshotOf("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE c (id INTEGER CONSTRAINT pk_c PRIMARY KEY, code TEXT UNIQUE,"
                + " p_id INTEGER REFERENCES p ON DELETE SET NULL, qty INTEGER CHECK (qty > 0));");
        TableSnapshot c = s.tables().get("c");
        assertEquals(Optional.of("pk_c"), c.primaryKey().orElseThrow().name());
        assertEquals(new UniqueSnapshot("~unique(code)", List.of("code")), c.uniques().get("~unique(code)"));
        assertEquals(new ForeignKeySnapshot("~fk(p_id)", List.of("p_id"), "p", List.of("id"), "set null", "no action"),
                c.foreignKeys().get("~fk(p_id)"));
        assertEquals(new CheckSnapshot("~check(qty > 0)", "qty > 0"), c.checks().get("~check(qty > 0)"));
        assertEquals(List.of(), List.copyOf(c.indexes().keySet()));
    }
}
