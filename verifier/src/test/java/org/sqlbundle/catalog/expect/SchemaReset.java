package org.sqlbundle.catalog.expect;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlbundle.verifier.internal.target.Target;

/** Empties a container's database between walks, so one container serves several. */
final class SchemaReset {

    private SchemaReset() {
    }

    static void empty(Target target) throws SQLException {
        try (Connection c = target.openConnection(); var s = c.createStatement()) {
            switch (target.dialect()) {
                case POSTGRESQL -> {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
                case MYSQL, MARIADB -> {
                    String database = c.getCatalog();
                    s.execute("DROP DATABASE `" + database + "`");
                    s.execute("CREATE DATABASE `" + database + "`");
                }
                default -> throw new IllegalArgumentException("no reset for " + target.dialect());
            }
        }
    }
}
