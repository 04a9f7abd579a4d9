package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Raw SQL -> its h2 variant: the names quoted as the bundles create them, every other byte as written. */
class H2VariantTest {

    private static String h2(String sql) {
        H2Variant.Result r = H2Variant.of(sql);
        assertNull(r.missing(), () -> "no variant for " + sql + ": " + r.missing());
        return r.sql();
    }

    /** Why {@code sql} has no variant; fails if it has one. */
    private static String missing(String sql) {
        H2Variant.Result r = H2Variant.of(sql);
        assertNull(r.sql(), () -> "a variant for " + sql + ": " + r.sql());
        return r.missing();
    }

    @Test
    void updateQuotesTableAndColumnsAndLeavesLiteralsAlone() {
        assertEquals("UPDATE \"ports\" SET \"device_owner\" = 'network:dhcp ports' WHERE \"device_owner\" = 'dhcp'",
                h2("UPDATE ports SET device_owner = 'network:dhcp ports' WHERE device_owner = 'dhcp'"));
    }

    @Test
    void selectWithAliasesJoinsFunctionsAndCasts() {
        assertEquals("SELECT \"p\".\"id\", count(*) AS \"n\", CAST(\"p\".\"mtu\" AS text), \"p\".\"x\"::jsonb "
                        + "FROM \"ports\" \"p\" JOIN \"networks\" AS \"net\" ON \"net\".\"id\" = \"p\".\"network_id\" "
                        + "WHERE lower(\"p\".\"name\") = 'a' ORDER BY \"n\"",
                h2("SELECT p.id, count(*) AS n, CAST(p.mtu AS text), p.x::jsonb FROM ports p JOIN networks AS net "
                        + "ON net.id = p.network_id WHERE lower(p.name) = 'a' ORDER BY n"));
    }

    @Test
    void insertAndDeleteAsSqlAlchemyCompilesThem() {
        assertEquals("INSERT INTO \"accounts\" (\"id\", \"name\", \"status\") VALUES (1, 'house', 'active')",
                h2("INSERT INTO accounts (id, name, status) VALUES (1, 'house', 'active')"));
        assertEquals("DELETE FROM \"colors\" WHERE \"colors\".\"id\" IN (1, 2)",
                h2("DELETE FROM colors WHERE colors.id IN (1, 2)"));
    }

    @Test
    void alterTableAndCreateIndexQuoteTheNamesTheyCarry() {
        assertEquals("ALTER TABLE \"ports\" ADD COLUMN \"mtu\" integer",
                h2("ALTER TABLE ports ADD COLUMN mtu integer"));
        assertEquals("ALTER TABLE \"ports\" DROP CONSTRAINT \"ck_ports_mtu\"",
                h2("ALTER TABLE ports DROP CONSTRAINT ck_ports_mtu"));
        assertEquals("ALTER TABLE \"ports\" ALTER COLUMN \"status\" SET DEFAULT 'DOWN'",
                h2("ALTER TABLE ports ALTER COLUMN status SET DEFAULT 'DOWN'"));
        assertEquals("CREATE INDEX \"ix_ports_status\" ON \"ports\" (\"status\", \"name\")",
                h2("CREATE INDEX ix_ports_status ON ports (status, name)"));
        assertEquals("DROP INDEX \"ix_ports_status\"", h2("DROP INDEX ix_ports_status"));
    }

    @Test
    void quotedNamesStayAndBackquotedOnesAreDoubleQuoted() {
        H2Variant.Result allQuoted = H2Variant.of("UPDATE \"ports\" SET \"Status\" = 'x'");
        assertNull(allQuoted.sql(), "nothing H2 would fold: no variant");
        assertNull(allQuoted.missing());
        assertEquals("UPDATE \"ports\" SET \"Status\" = 'x'", h2("UPDATE `ports` SET \"Status\" = 'x'"));
    }

    @Test
    void upperCaseNamesAreWrittenAsPostgresqlReadsThem() {
        // PostgreSQL reads PORTS as ports, the table the chain created; H2 would look for PORTS
        assertEquals("UPDATE \"ports\" SET \"status\" = 'ACTIVE' WHERE \"id\" = 1",
                h2("UPDATE PORTS SET STATUS = 'ACTIVE' WHERE Id = 1"));
    }

    @Test
    void commentsSpacingAndKeywordCaseAreKeptByteForByte() {
        assertEquals("update\t\"ports\" -- ports named here stay\r\n  set \"mtu\" = 1500 /* ports */\n"
                        + "  where \"mtu\" is null; delete from \"agents\" where \"host\" = 'PORTS'",
                h2("update\tports -- ports named here stay\r\n  set mtu = 1500 /* ports */\n  where mtu is null;"
                        + " delete from agents where host = 'PORTS'"));
    }

    @Test
    void valueWordsStayUnquoted() {
        assertEquals("UPDATE \"ports\" SET \"changed_at\" = CURRENT_TIMESTAMP, \"owner\" = current_user, "
                        + "\"up\" = TRUE",
                h2("UPDATE ports SET changed_at = CURRENT_TIMESTAMP, owner = current_user, up = TRUE"));
    }

    @Test
    void aTableMadeByRawSqlIsQuotedAsLaterRawSqlNamesIt() {
        assertEquals("CREATE TABLE \"scratch\" (\"id\" integer PRIMARY KEY, \"body\" jsonb, \"name\" varchar(10))",
                h2("CREATE TABLE scratch (id integer PRIMARY KEY, body jsonb, name varchar(10))"));
        assertEquals("TRUNCATE \"scratch\"", h2("TRUNCATE scratch"));
        assertEquals("UPDATE \"ports\" \"p\" SET \"status\" = 'x' FROM \"networks\" \"n\" "
                        + "WHERE \"n\".\"id\" = \"p\".\"net_id\"",
                h2("UPDATE ports p SET status = 'x' FROM networks n WHERE n.id = p.net_id"));
    }

    @Test
    void unparseableSqlAndStatementsWhoseNamesAreNotPlacedHaveNoVariantAndSayWhy() {
        String unparseable = missing("UPDATE ports SET x = = 1");
        assertTrue(unparseable.startsWith("JSqlParser can't parse this SQL"), unparseable);
        String sequence = missing("CREATE SEQUENCE ports_seq START WITH 5");
        assertTrue(sequence.contains("CreateSequence"), sequence);
        String engine = missing("ALTER TABLE ports ENGINE = InnoDB");
        assertTrue(engine.contains("'InnoDB'"), engine);
        String expression = missing("CREATE INDEX ix_lower ON ports (lower(name))");
        assertTrue(expression.startsWith("an index on an expression (lower"), expression);
    }
}
