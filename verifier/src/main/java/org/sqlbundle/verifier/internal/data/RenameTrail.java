package org.sqlbundle.verifier.internal.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.plan.PlannedOp;

/**
 * Follows table and column renames through the ops run since seeding, so a renamed table's rows are
 * looked for under the new name. Drops are not followed: a dropped table or column simply isn't in the
 * schema the database is at, and one re-created later holds whatever the database put there.
 */
final class RenameTrail {

    /** Seeded table name -> its name now. */
    private final Map<String, String> tables = new HashMap<>();
    /** "seeded table\0seeded column" -> the column's name now. */
    private final Map<String, String> columns = new HashMap<>();

    RenameTrail(List<SeededTable> seeded, List<PlannedOp> applied) {
        for (SeededTable t : seeded) {
            tables.put(t.name(), t.name());
            t.table().columns().forEach(c -> columns.put(key(t.name(), c.name()), c.name()));
        }
        for (PlannedOp p : applied) {
            if (p.op() instanceof RenameTable r) {
                tables.replaceAll((seed, now) -> now.equals(r.name()) ? r.to() : now);
            } else if (p.op() instanceof AlterColumn a && a.renameTo().isPresent()) {
                columns.replaceAll((k, now) -> now.equals(a.name()) && tableNow(k).equals(a.table())
                        ? a.renameTo().get() : now);
            }
        }
    }

    String table(String seededTable) {
        return tables.get(seededTable);
    }

    String column(String seededTable, String seededColumn) {
        return columns.get(key(seededTable, seededColumn));
    }

    private String tableNow(String columnKey) {
        return tables.get(columnKey.substring(0, columnKey.indexOf('\0')));
    }

    private static String key(String table, String column) {
        return table + '\0' + column;
    }
}
