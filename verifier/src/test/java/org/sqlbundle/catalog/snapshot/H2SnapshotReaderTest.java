package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.Target;

class H2SnapshotReaderTest extends SnapshotReaderContract {

    private static H2Target target;

    @BeforeAll
    static void open() {
        target = H2Target.create();
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
        try (var s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
    }

    /** H2's KEY_COLUMN_USAGE keeps a renamed column's old name; the reader must show the new one. */
    @Test
    void constraintsFollowARenamedColumn() throws SQLException {
        TableSnapshot r = snapshotOf("""
                CREATE TABLE "p" ("id" INTEGER NOT NULL, CONSTRAINT "pk_p" PRIMARY KEY ("id"));
                CREATE TABLE "r" ("id" INTEGER NOT NULL, "src" INTEGER, "k" INTEGER,
                    CONSTRAINT "fk_r" FOREIGN KEY ("src") REFERENCES "p" ("id") ON DELETE CASCADE,
                    CONSTRAINT "uq_r" UNIQUE ("k", "src"));
                ALTER TABLE "r" ALTER COLUMN "src" RENAME TO "remote";
                ALTER TABLE "p" ALTER COLUMN "id" RENAME TO "pid";
                """).tables().get("r");
        assertEquals(new ForeignKeySnapshot("fk_r", List.of("remote"), "p", List.of("pid"), "cascade", "no action"),
                r.foreignKeys().get("fk_r"));
        assertEquals(List.of("k", "remote"), r.uniques().get("uq_r").columns());
    }

    @Test
    void enumColumnsShowTheirLabelsAsWritten() throws SQLException {
        TableSnapshot t = snapshotOf("CREATE TABLE \"t\" (\"m\" ENUM('Up', 'it''s ok') DEFAULT 'Up');").tables().get("t");
        assertEquals("enum('Up','it''s ok')", t.columns().get("m").type());
    }
}
