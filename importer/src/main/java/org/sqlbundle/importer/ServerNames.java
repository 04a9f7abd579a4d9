package org.sqlbundle.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names servers give unnamed constraints, followed through the chain in creation order, so the imported chain
 * names them as an Alembic-built database has them: PostgreSQL {@code <table>_<cols>_fkey|_key|_check},
 * MySQL/MariaDB {@code <table>_ibfk_<n>} and unique keys named after their first column.
 */
final class ServerNames {

    private static final int PG_MAX = 63;
    private final Map<String, Integer> ibfk = new HashMap<>();
    private final Map<String, Set<String>> pgNames = new HashMap<>();
    private final Map<String, Set<String>> myNames = new HashMap<>();

    /** A constraint name per dialect; {@code name} is PostgreSQL's, the identity in the chain. */
    record Names(String postgresql, String mysql) {
        Map<String, Object> dialectNames() {
            return postgresql.equals(mysql) ? null : YamlOp.ordered("mysql", mysql, "mariadb", mysql);
        }
    }

    Names foreignKey(String table, List<String> columns) {
        int n = ibfk.merge(key(table), 1, Integer::sum);
        String my = table + "_ibfk_" + n;
        myNames.computeIfAbsent(key(table), k -> new HashSet<>()).add(my);
        return new Names(pg(table, String.join("_", columns), "fkey"), my);
    }

    Names unique(String table, List<String> columns) {
        Set<String> taken = myNames.computeIfAbsent(key(table), k -> new HashSet<>());
        String my = columns.get(0);
        for (int i = 2; taken.contains(my.toLowerCase(Locale.ROOT)); i++) {
            my = columns.get(0) + "_" + i;
        }
        taken.add(my.toLowerCase(Locale.ROOT));
        return new Names(pg(table, String.join("_", columns), "key"), my);
    }

    Names check(String table, String firstColumn) {
        return new Names(pg(table, firstColumn, "check"), pg(table, firstColumn, "check"));
    }

    /** A named constraint or index exists: later server-chosen names must avoid it. */
    void taken(String table, String name) {
        pgNames.computeIfAbsent(key(table), k -> new HashSet<>()).add(name);
        myNames.computeIfAbsent(key(table), k -> new HashSet<>()).add(name.toLowerCase(Locale.ROOT));
        if (name.startsWith(table + "_ibfk_")) {
            try {
                int n = Integer.parseInt(name.substring(table.length() + 6));
                ibfk.merge(key(table), n, Math::max);
            } catch (NumberFormatException e) {
                // not a server-style name: no effect on the counter
            }
        }
    }

    void renamed(String from, String to) {
        move(ibfk, from, to);
        move(pgNames, from, to);
        move(myNames, from, to);
    }

    private static <V> void move(Map<String, V> map, String from, String to) {
        V v = map.remove(key(from));
        if (v != null) {
            map.put(key(to), v);
        }
    }

    /** PostgreSQL's ChooseConstraintName: label truncated to 63 bytes, a number appended to the suffix while taken. */
    private String pg(String table, String columns, String suffix) {
        Set<String> taken = pgNames.computeIfAbsent(key(table), k -> new HashSet<>());
        String base = truncate(table, columns, suffix, "");
        String name = base;
        for (int i = 1; taken.contains(name); i++) {
            name = truncate(table, columns, suffix, Integer.toString(i));
        }
        taken.add(name);
        return name;
    }

    private static String truncate(String table, String columns, String suffix, String number) {
        String label = table + "_" + columns;
        int room = PG_MAX - suffix.length() - 1 - number.length();
        if (label.length() > room) {
            // PostgreSQL shortens the longer of the two parts first
            String t = table;
            String c = columns;
            while ((t + "_" + c).length() > room) {
                if (t.length() > c.length()) {
                    t = t.substring(0, t.length() - 1);
                } else {
                    c = c.substring(0, c.length() - 1);
                }
            }
            label = t + "_" + c;
        }
        return label + "_" + suffix + number;
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
