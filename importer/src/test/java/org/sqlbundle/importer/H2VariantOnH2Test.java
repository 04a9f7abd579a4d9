package org.sqlbundle.importer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each raw statement fails on H2 as written (its unquoted names fold to upper case) and its h2 variant runs, on
 * tables created the way the bundles create them: every name double-quoted, lower case.
 */
class H2VariantOnH2Test {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static final String TABLES = """
            create table "networks" ("id" integer primary key, "name" varchar(64));
            create table "ports" ("id" integer primary key, "network_id" integer, "name" varchar(64),
                "status" varchar(16), "mtu" integer, "device_owner" varchar(64));
            insert into "networks" values (1, 'net');
            insert into "ports" values (1, 1, 'p', 'DOWN', null, 'dhcp');
            create index "ix_ports_name" on "ports" ("name");
            """;

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE ports SET device_owner = 'network:dhcp' WHERE device_owner = 'dhcp'",
        "UPDATE ports p SET mtu = (SELECT max(n.id) FROM networks n WHERE n.id = p.network_id) WHERE p.mtu IS NULL",
        "SELECT p.id, count(*) AS total FROM ports p JOIN networks AS n ON n.id = p.network_id GROUP BY p.id "
            + "ORDER BY total",
        "WITH owned AS (SELECT id FROM ports WHERE device_owner = 'dhcp') SELECT count(*) FROM owned",
        "INSERT INTO ports (id, network_id, name, status) SELECT id + 10, id, name, 'ACTIVE' FROM networks",
        "DELETE FROM ports WHERE ports.status = 'DOWN'",
        "ALTER TABLE ports ADD COLUMN mac varchar(32)",
        "ALTER TABLE ports ALTER COLUMN status SET DEFAULT 'DOWN'",
        "ALTER TABLE ports ADD CONSTRAINT fk_ports_net FOREIGN KEY (network_id) REFERENCES networks (id)",
        "CREATE INDEX ix_ports_status ON ports (status, name)",
        "DROP INDEX ix_ports_name",
        "CREATE VIEW dhcp_ports AS SELECT id, network_id FROM ports WHERE device_owner = 'dhcp'",
        "CREATE TABLE scratch (id integer PRIMARY KEY, note varchar(10)); INSERT INTO scratch (id, note) "
            + "SELECT id, name FROM ports; TRUNCATE TABLE scratch",
        "UPDATE PORTS SET STATUS = 'ACTIVE' WHERE Id = 1"
    })
    void failsAsWrittenAndRunsAsTheVariant(String sql) throws SQLException {
        H2Variant.Result h2 = H2Variant.of(sql);
        assertNotNull(h2.sql(), () -> "no variant for " + sql + ": " + h2.missing());
        try (Connection c = fresh(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.execute(sql), "as written, H2 looks for upper-case names");
        }
        try (Connection c = fresh(); Statement st = c.createStatement()) {
            st.execute(h2.sql());
        }
    }

    private static Connection fresh() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:variant" + DATABASES.incrementAndGet());
        try (Statement st = c.createStatement()) {
            st.execute(TABLES);
        }
        return c;
    }
}
