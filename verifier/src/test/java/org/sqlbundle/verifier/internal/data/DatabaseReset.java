package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.verifier.internal.target.Target;

/** Empties a container's database between walks, so one container serves several chains. */
final class DatabaseReset {

    private DatabaseReset() {
    }

    static void empty(Target target) throws SQLException {
        try (Connection c = target.openConnection(); Statement s = c.createStatement()) {
            if (target.dialect() == Dialect.POSTGRESQL) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
                return;
            }
            List<String> drops = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, table_type FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() ORDER BY table_type DESC")) {
                while (rs.next()) {
                    drops.add((rs.getString(2).equals("VIEW") ? "DROP VIEW `" : "DROP TABLE `") + rs.getString(1) + "`");
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String drop : drops) {
                s.execute(drop);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }
}
