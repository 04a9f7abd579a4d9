package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.internal.target.SqliteTarget;

/** The joined-query SQLite reader reads the same records as the per-table one it replaced. */
class SqliteReaderEquivalenceTest {

    /** Every kind of object and clause the reader handles, with awkward names. */
    static final String RICH = SnapshotReaderContract.SCHEMA + """
            CREATE TABLE "Mixed Case" (
              k INTEGER PRIMARY KEY AUTOINCREMENT,
              v TEXT UNIQUE,
              w REAL CHECK (w > 0) DEFAULT 1.5,
              "select" VARCHAR(10) DEFAULT 'it''s',
              CONSTRAINT uq_mixed UNIQUE (v, w)
            );
            INSERT INTO "Mixed Case" (v, w) VALUES ('x', 2);
            CREATE TABLE refs (
              a INTEGER NOT NULL,
              b INTEGER NOT NULL,
              p_id INTEGER REFERENCES pools ON DELETE SET NULL ON UPDATE CASCADE,
              m TEXT CONSTRAINT fk_refs_mixed REFERENCES "Mixed Case" (v),
              created TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
              CONSTRAINT pk_refs PRIMARY KEY (b, a),
              CONSTRAINT fk_self FOREIGN KEY (a, b) REFERENCES refs (b, a),
              CHECK (a <> b)
            );
            CREATE INDEX ix_refs_expr ON refs (lower(m), a DESC);
            CREATE UNIQUE INDEX ux_refs_m ON refs (m);
            CREATE INDEX ix_refs_partial ON refs (b) WHERE b > 0;
            CREATE TABLE empty_shell (only_col BLOB);
            CREATE TABLE points_to_missing (x INTEGER REFERENCES gone);
            """;

    @ParameterizedTest
    @ValueSource(strings = {"rich", "contract", "reordered", "empty"})
    void bothReadersGiveTheSameSnapshot(String which) throws SQLException {
        String script = switch (which) {
            case "rich" -> RICH;
            case "contract" -> SnapshotReaderContract.SCHEMA;
            case "reordered" -> SnapshotReaderContract.SCHEMA_REORDERED;
            default -> "";
        };
        try (SqliteTarget target = SqliteTarget.create(); Connection c = target.openConnection()) {
            new JdbcReplay(Dialect.SQLITE).run(c, which + ".sql", script);
            Snapshot joined = new SqliteSnapshotReader().read(c, Optional.of(SnapshotReaderContract.VERSION_TABLE));
            Snapshot perTable = new PerTableSqliteSnapshotReader().read(c,
                    Optional.of(SnapshotReaderContract.VERSION_TABLE));
            assertEquals(perTable, joined);
        }
    }

    /**
     * One reader kept across DDL (as verify keeps it: it re-reads only the tables whose schema text changed) reads
     * what a new reader reads after every step, including DDL that reaches a table no statement names: a rename
     * rewriting the referencing table's text, and a referenced table's new primary key behind a {@code REFERENCES p}
     * without columns, whose referencing table's text stays the same.
     */
    @Test
    void aKeptReaderReadsWhatANewOneReadsAfterEveryChange() throws SQLException {
        List<String> steps = List.of(RICH,
                "ALTER TABLE empty_shell ADD COLUMN extra TEXT DEFAULT 'x'",
                "CREATE INDEX ix_shell_extra ON empty_shell (extra)",
                "CREATE TABLE p (a INTEGER PRIMARY KEY, b INTEGER NOT NULL UNIQUE)",
                "CREATE TABLE child (x INTEGER REFERENCES p, y INTEGER REFERENCES p (b))",
                "CREATE TABLE p_new (a INTEGER, b INTEGER NOT NULL, PRIMARY KEY (b, a))",
                "PRAGMA legacy_alter_table = ON; DROP TABLE p; ALTER TABLE p_new RENAME TO p;"
                        + " PRAGMA legacy_alter_table = OFF",
                "ALTER TABLE p RENAME TO parent",
                "DROP INDEX ix_shell_extra",
                "CREATE UNIQUE INDEX ix_shell_extra ON empty_shell (extra, only_col)",
                "ALTER TABLE refs RENAME COLUMN created TO created_at",
                "DROP TABLE child",
                "DROP INDEX ix_shell_extra; ALTER TABLE empty_shell DROP COLUMN extra");
        try (SqliteTarget target = SqliteTarget.create(); Connection c = target.openConnection()) {
            SqliteSnapshotReader kept = new SqliteSnapshotReader();
            Snapshot previous = null;
            for (String step : steps) {
                new JdbcReplay(Dialect.SQLITE).run(c, "step.sql", step);
                Snapshot expected = new SqliteSnapshotReader().read(c, Optional.of(SnapshotReaderContract.VERSION_TABLE));
                assertEquals(expected, kept.read(c, Optional.of(SnapshotReaderContract.VERSION_TABLE)), step);
                assertTrue(previous == null || !previous.equals(expected), "every step changes the schema: " + step);
                if (step.contains("DROP TABLE p;")) {
                    // the case the kept reader must not take from its last read: child's text did not change
                    assertEquals(List.of("b", "a"), expected.tables().get("child").foreignKeys().values().stream()
                            .filter(f -> f.columns().equals(List.of("x"))).findFirst().orElseThrow()
                            .referencedColumns(), "REFERENCES p now means p's new key");
                }
                previous = expected;
            }
        }
    }

    @Test
    void richSchemaIsReadInFull() throws SQLException {
        try (SqliteTarget target = SqliteTarget.create(); Connection c = target.openConnection()) {
            new JdbcReplay(Dialect.SQLITE).run(c, "rich.sql", RICH);
            Snapshot s = new SqliteSnapshotReader().read(c, Optional.empty());
            // so the equality above compares populated records, not two empty ones
            TableSnapshot refs = s.tables().get("refs");
            assertEquals(5, refs.columns().size());
            assertEquals(3, refs.indexes().size());
            assertEquals(3, refs.foreignKeys().size());
            assertEquals(List.of("gone"), s.tables().get("points_to_missing").foreignKeys().values().stream()
                    .map(ForeignKeySnapshot::referencedTable).toList());
            assertEquals(2, s.tables().get("Mixed Case").uniques().size());
            assertTrue(s.tables().keySet().stream().noneMatch(t -> t.startsWith("sqlite_")), "AUTOINCREMENT's table");
        }
    }
}
