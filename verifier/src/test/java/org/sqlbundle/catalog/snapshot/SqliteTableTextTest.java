package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.snapshot.SqliteTableText.Found;

class SqliteTableTextTest {

    @Test
    void namedConstraintsChecksAndKeysAcrossSqlitesQuotes() {
        String sql = "CREATE TABLE \"t\" (\"id\" INTEGER CONSTRAINT pk_t PRIMARY KEY, [a,b] TEXT UNIQUE,"
                + " `c` INT REFERENCES p (id), CONSTRAINT \"ck \"\"x\" CHECK (c > 0 AND [a,b] <> 'x,)'),"
                + " CONSTRAINT fk_q FOREIGN KEY (\"c\", [a,b]) REFERENCES q (x, y))";
        assertEquals(List.of(new Found("pk", Optional.of("pk_t"), List.of("id"), ""),
                new Found("unique", Optional.empty(), List.of("a,b"), ""),
                new Found("fk", Optional.empty(), List.of("c"), ""),
                new Found("check", Optional.of("ck \"x"), List.of(), "c > 0 and [a, b] <> 'x,)'"),
                new Found("fk", Optional.of("fk_q"), List.of("c", "a,b"), "")), SqliteTableText.constraints(sql));
    }

    @Test
    void commentsInTheTextHideNothingAndSplitNothing() {
        String sql = "CREATE TABLE t (\n  a INT, -- the first, with (a comma\n  b INT /* CHECK (b) */,\n"
                + "  CONSTRAINT uq_ab UNIQUE (a, b) -- ) trailing\n)";
        assertEquals(List.of(new Found("unique", Optional.of("uq_ab"), List.of("a", "b"), "")),
                SqliteTableText.constraints(sql));
    }
}
