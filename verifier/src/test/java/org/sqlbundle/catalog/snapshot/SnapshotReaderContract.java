package org.sqlbundle.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The same schema, written by hand, read back on every dialect: its contents, its independence from creation
 * order, and one change at a time showing up in the diff under the right object. Subclasses give the target,
 * a way to empty it, and the dialect's extra objects (PostgreSQL's enum type).
 */
abstract class SnapshotReaderContract {

    static final String VERSION_TABLE = "sqlbundle_version";

    static final String SCHEMA = """
            -- two tables, a view and the version table
            CREATE TABLE pools (
              id INTEGER NOT NULL,
              tenant_id VARCHAR(36) NOT NULL,
              name VARCHAR(64) NOT NULL,
              weight INTEGER DEFAULT 1 NOT NULL,
              CONSTRAINT pk_pools PRIMARY KEY (id),
              CONSTRAINT uq_pools_tenant_name UNIQUE (tenant_id, name),
              CONSTRAINT ck_pools_weight CHECK (weight >= 0)
            );
            CREATE INDEX ix_pools_tenant ON pools (tenant_id);
            CREATE TABLE members (
              id INTEGER NOT NULL,
              label VARCHAR(20) DEFAULT 'none',
              pool_id INTEGER NOT NULL,
              address VARCHAR(64) NOT NULL,
              port INTEGER NOT NULL,
              CONSTRAINT pk_members PRIMARY KEY (id),
              CONSTRAINT fk_members_pool FOREIGN KEY (pool_id) REFERENCES pools (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_members_address_port ON members (address, port);
            CREATE VIEW heavy_pools AS SELECT id, name FROM pools WHERE weight > 10;
            CREATE TABLE sqlbundle_version (
              version_num VARCHAR(32) NOT NULL,
              CONSTRAINT pk_sqlbundle_version PRIMARY KEY (version_num)
            );
            INSERT INTO sqlbundle_version (version_num) VALUES ('2c4af419145b');
            """;

    /**
     * The same schema: objects, columns and constraint clauses in another order (table constraints stay after the
     * columns, which SQLite requires), one column added afterwards.
     */
    static final String SCHEMA_REORDERED = """
            CREATE TABLE sqlbundle_version (
              version_num VARCHAR(32) NOT NULL,
              CONSTRAINT pk_sqlbundle_version PRIMARY KEY (version_num)
            );
            INSERT INTO sqlbundle_version (version_num) VALUES ('2c4af419145b');
            CREATE TABLE pools (
              weight INTEGER DEFAULT 1 NOT NULL,
              name VARCHAR(64) NOT NULL,
              id INTEGER NOT NULL,
              tenant_id VARCHAR(36) NOT NULL,
              CONSTRAINT ck_pools_weight CHECK (weight >= 0),
              CONSTRAINT uq_pools_tenant_name UNIQUE (tenant_id, name),
              CONSTRAINT pk_pools PRIMARY KEY (id)
            );
            CREATE VIEW heavy_pools AS SELECT id, name FROM pools WHERE weight > 10;
            CREATE TABLE members (
              port INTEGER NOT NULL,
              address VARCHAR(64) NOT NULL,
              pool_id INTEGER NOT NULL,
              id INTEGER NOT NULL,
              CONSTRAINT fk_members_pool FOREIGN KEY (pool_id) REFERENCES pools (id) ON DELETE CASCADE,
              CONSTRAINT pk_members PRIMARY KEY (id)
            );
            CREATE INDEX ix_members_address_port ON members (address, port);
            ALTER TABLE members ADD COLUMN label VARCHAR(20) DEFAULT 'none';
            CREATE INDEX ix_pools_tenant ON pools (tenant_id);
            """;

    abstract Target target();

    /** Removes every object, so the next script starts from an empty database. */
    abstract void empty(Connection connection) throws SQLException;

    /** Objects only this dialect has, created before {@link #SCHEMA} (and before the reordered one). */
    String dialectObjects() {
        return "";
    }

    Snapshot snapshotOf(String script) throws SQLException {
        try (Connection c = target().openConnection()) {
            empty(c);
            new JdbcReplay(target().dialect()).run(c, "schema.sql", dialectObjects() + script);
            return SnapshotReader.forDialect(target().dialect()).read(c, Optional.of(VERSION_TABLE));
        }
    }

    @Test
    void snapshotHoldsEveryObjectKind() throws SQLException {
        Snapshot s = snapshotOf(SCHEMA);
        assertEquals(Set.of("members", "pools", "sqlbundle_version"), s.tables().keySet());
        TableSnapshot pools = s.tables().get("pools");
        assertEquals(List.of("id", "tenant_id", "name", "weight"), pools.columnOrder());
        ColumnSnapshot name = pools.columns().get("name");
        assertTrue(name.type().contains("64") && name.type().contains("char"), name.type());
        assertFalse(name.nullable());
        assertEquals(Optional.of("1"), pools.columns().get("weight").defaultValue());
        assertEquals(Optional.of("'none'"), s.tables().get("members").columns().get("label").defaultValue());
        assertTrue(s.tables().get("members").columns().get("label").nullable());
        assertEquals(List.of("id"), pools.primaryKey().orElseThrow().columns());
        assertEquals(new UniqueSnapshot("uq_pools_tenant_name", List.of("tenant_id", "name")),
                pools.uniques().get("uq_pools_tenant_name"));
        assertEquals(Set.of("uq_pools_tenant_name"), pools.uniques().keySet());
        assertEquals(new CheckSnapshot("ck_pools_weight", "weight >= 0"), pools.checks().get("ck_pools_weight"));
        assertEquals(Set.of("ix_pools_tenant"), pools.indexes().keySet(), "implicit indexes must not show");
        assertEquals(new IndexSnapshot("ix_pools_tenant", List.of("tenant_id"), false),
                pools.indexes().get("ix_pools_tenant"));
        TableSnapshot members = s.tables().get("members");
        assertEquals(new IndexSnapshot("ix_members_address_port", List.of("address", "port"), false),
                members.indexes().get("ix_members_address_port"));
        assertEquals(Set.of("ix_members_address_port"), members.indexes().keySet());
        ForeignKeySnapshot fk = members.foreignKeys().get("fk_members_pool");
        assertEquals(List.of("pool_id"), fk.columns());
        assertEquals("pools", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertEquals("cascade", fk.onDelete());
        assertTrue(Set.of("no action", "restrict").contains(fk.onUpdate()), fk.onUpdate());
        assertEquals(Set.of("heavy_pools"), s.views().keySet());
        String view = s.views().get("heavy_pools").definition();
        assertTrue(view.contains("weight > 10") && view.contains("from pools"), view);
        assertEquals(1, s.versionRows().size());
        assertEquals(Optional.of("2c4af419145b"), s.versionRows().get(0).values().get("version_num"));
    }

    @Test
    void creationOrderAndColumnPositionDoNotMatter() throws SQLException {
        Snapshot expected = snapshotOf(SCHEMA);
        Snapshot reordered = snapshotOf(SCHEMA_REORDERED);
        List<Difference> diff = SnapshotDiff.between(expected, reordered);
        assertEquals(List.of(), diff, SnapshotDiff.format(diff));
        assertEquals(expected, reordered);
    }

    @Test
    void droppedIndexIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace("CREATE INDEX ix_pools_tenant ON pools (tenant_id);\n", ""),
                "table pools / index ix_pools_tenant");
    }

    @Test
    void changedNullabilityIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace("address VARCHAR(64) NOT NULL", "address VARCHAR(64)"),
                "table members / column address");
    }

    @Test
    void changedTypeIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace("name VARCHAR(64) NOT NULL", "name VARCHAR(80) NOT NULL"),
                "table pools / column name");
    }

    @Test
    void droppedOnDeleteCascadeIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace(" ON DELETE CASCADE", ""), "table members / foreign key fk_members_pool");
    }

    @Test
    void changedCheckIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace("weight >= 0", "weight >= 1"), "table pools / check ck_pools_weight");
    }

    @Test
    void droppedUniqueIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace(",\n  CONSTRAINT uq_pools_tenant_name UNIQUE (tenant_id, name)", ""),
                "table pools / unique uq_pools_tenant_name");
    }

    @Test
    void leftoverViewIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA + "CREATE VIEW leftover_view AS SELECT id FROM members;\n", "view leftover_view");
    }

    @Test
    void changedVersionRowIsNamed() throws SQLException {
        assertOnlyDifference(SCHEMA.replace("'2c4af419145b'", "'ffffffffffff'"), "version table rows");
    }

    void assertOnlyDifference(String changedSchema, String object) throws SQLException {
        Snapshot expected = snapshotOf(SCHEMA);
        List<Difference> diff = SnapshotDiff.between(expected, snapshotOf(changedSchema));
        assertEquals(List.of(object), diff.stream().map(Difference::object).collect(Collectors.toList()),
                SnapshotDiff.format(diff));
        assertFalse(diff.get(0).expected().equals(diff.get(0).actual()));
    }
}
