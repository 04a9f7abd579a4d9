package org.sqlbundle.cli.alembic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.testing.ContainerTestImages;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One postgres:15 or mariadb:10.11 container for a whole test class, holding as many fresh databases as the class
 * asks for (Alembic's and sqlbundle's side by side), each reachable by JDBC and by a SQLAlchemy URL.
 */
final class AlembicServer implements AutoCloseable {

    private static final String PASSWORD = "Alembic-Import-5520";

    private final JdbcDatabaseContainer<?> container;
    private final boolean postgres;
    private int databases;

    private AlembicServer(JdbcDatabaseContainer<?> container, boolean postgres) {
        this.container = container;
        this.postgres = postgres;
    }

    static AlembicServer postgres() {
        DockerImageName image = DockerImageName.parse(ContainerTestImages.POSTGRES).asCompatibleSubstituteFor("postgres");
        return start(new PostgreSQLContainer(image).withPassword(PASSWORD), true);
    }

    static AlembicServer mariadb() {
        DockerImageName image = DockerImageName.parse(ContainerTestImages.MARIADB).asCompatibleSubstituteFor("mariadb");
        return start(new MariaDBContainer(image).withPassword(PASSWORD), false);
    }

    private static AlembicServer start(JdbcDatabaseContainer<?> container, boolean postgres) {
        container.withLabels(Map.of(ContainerTestImages.RUN_LABEL, ContainerTestImages.RUN_ID));
        container.start();
        return new AlembicServer(container, postgres);
    }

    /** The server's dialect; a MySQL-dialect bundle runs on the same MariaDB server. */
    Dialect dialect() {
        return postgres ? Dialect.POSTGRESQL : Dialect.MARIADB;
    }

    /** A new empty database named {@code <purpose>_<n>}. */
    Db create(String purpose) {
        String name = purpose + "_" + (++databases);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new Db(name);
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(container.getJdbcUrl(), user(), PASSWORD);
    }

    private String user() {
        // MariaDB: root may create databases and use all of them; PostgreSQL's test user owns what it creates
        return postgres ? container.getUsername() : "root";
    }

    private int port() {
        return container.getMappedPort(postgres ? 5432 : 3306);
    }

    /** One database of the server. */
    final class Db {
        final String name;

        private Db(String name) {
            this.name = name;
        }

        String jdbcUrl() {
            return "jdbc:" + (postgres ? "postgresql" : "mariadb") + "://" + container.getHost() + ":" + port() + "/" + name;
        }

        String user() {
            return AlembicServer.this.user();
        }

        String password() {
            return PASSWORD;
        }

        /** The URL a SQLAlchemy user gives Alembic's env.py (psycopg2 / PyMySQL: Debian's drivers). */
        String sqlalchemyUrl() {
            return (postgres ? "postgresql+psycopg2" : "mysql+pymysql") + "://" + user() + ":" + PASSWORD + "@"
                    + container.getHost() + ":" + port() + "/" + name;
        }

        Connection open() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user(), PASSWORD);
        }

        /** Runs a script statement by statement, as the verifier replays bundles. */
        void apply(String scriptName, String script) throws SQLException {
            try (Connection c = open()) {
                new JdbcReplay(dialect()).run(c, scriptName, script);
            }
        }

        /** The catalog with the names the server stores, without the version and history tables. */
        Snapshot catalog() throws SQLException {
            try (Connection c = open()) {
                Snapshot raw = SnapshotReader.forDialect(dialect()).readRaw(c, Optional.empty());
                SortedMap<String, TableSnapshot> tables = new TreeMap<>(raw.tables());
                tables.keySet().removeIf(t -> t.startsWith("alembic_version"));
                return new Snapshot(tables, raw.enums(), raw.views(), raw.versionRows(), raw.sequences());
            }
        }

        /** The version_num Alembic's table holds, or "" when it has no row or does not exist. */
        String version() throws SQLException {
            try (Connection c = open(); Statement s = c.createStatement();
                 java.sql.ResultSet r = s.executeQuery("select version_num from alembic_version")) {
                return r.next() ? r.getString(1) : "";
            } catch (SQLException e) {
                return "";
            }
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
