package org.sqlbundle.compiler.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlbundle.compiler.Dialect;

/** Stamps are rendered once per shape and then given their ids: the result must be what jOOQ renders each time. */
class StampStatementsTest {

    private static final String TABLE = "odd \"version\" table";

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MYSQL", "MARIADB", "H2"})
    void everyShapeGetsItsOwnIdsAndTheQuotedTableName(Dialect dialect) {
        DialectRenderer r = Renderers.forDialect(dialect);
        String table = r.quote(TABLE);
        String column = r.quote("version_num");
        for (int i = 0; i < 3; i++) {
            String a = "rev_a" + i;
            String b = "rev_b" + i;
            assertEquals(List.of("insert into " + table + " (" + column + ") values ('" + a + "')"),
                    r.stamp(TABLE, Optional.empty(), Optional.of(a)));
            assertEquals(List.of("update " + table + " set " + column + " = '" + b + "' where " + column + " = '"
                    + a + "'"), r.stamp(TABLE, Optional.of(a), Optional.of(b)));
            assertEquals(List.of("delete from " + table + " where " + column + " = '" + b + "'"),
                    r.stamp(TABLE, Optional.of(b), Optional.empty()));
        }
        assertEquals(List.of(), r.stamp(TABLE, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MYSQL", "MARIADB", "H2"})
    void aTableNamedLikeThePlaceholderKeepsItsName(Dialect dialect) {
        DialectRenderer r = Renderers.forDialect(dialect);
        String table = "x 'sqlbundle stamp from' y";
        String stamped = r.stamp(table, Optional.of("a1"), Optional.of("b2")).get(0);
        assertTrue(stamped.startsWith("update " + r.quote(table) + " set "), stamped);
        assertTrue(stamped.endsWith("'b2' where " + r.quote("version_num") + " = 'a1'"), stamped);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MYSQL", "MARIADB", "H2"})
    void anIdThatNeedsEscapingIsRenderedByJooqNotPastedIn(Dialect dialect) {
        DialectRenderer r = Renderers.forDialect(dialect);
        String stamped = r.stamp("v", Optional.of("ok"), Optional.of("it's")).get(0);
        assertTrue(stamped.contains("'it''s'") || stamped.contains("'it\\'s'"), stamped);
    }
}
