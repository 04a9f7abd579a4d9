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
    private final Map<String, java.util.TreeSet<Integer>> ibfk = new HashMap<>();
    private final Map<String, Set<String>> pgNames = new HashMap<>();
    private final Map<String, Set<String>> myNames = new HashMap<>();
    private final Map<String, String> identityOf = new HashMap<>();

    /** A constraint name per dialect; {@code name} is PostgreSQL's, the identity in the chain. */
    record Names(String postgresql, String mysql) {
        Map<String, Object> dialectNames() {
            return postgresql.equals(mysql) ? null : YamlOp.ordered("mysql", mysql, "mariadb", mysql);
        }
    }

    Names foreignKey(String table, List<String> columns) {
        // InnoDB numbers a new one after the highest it has on the table
        java.util.TreeSet<Integer> used = ibfk.computeIfAbsent(key(table), k -> new java.util.TreeSet<>());
        int n = used.isEmpty() ? 1 : used.last() + 1;
        used.add(n);
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
        String name = pg(table, firstColumn, "check");  // once: a second call would see it taken and number it
        return new Names(name, name);
    }

    /** A named constraint or index exists: later server-chosen names must avoid it. */
    void taken(String table, String name) {
        pgNames.computeIfAbsent(key(table), k -> new HashSet<>()).add(name);
        myNames.computeIfAbsent(key(table), k -> new HashSet<>()).add(name.toLowerCase(Locale.ROOT));
        if (name.startsWith(table + "_ibfk_")) {
            try {
                int n = Integer.parseInt(name.substring(table.length() + 6));
                ibfk.computeIfAbsent(key(table), k -> new java.util.TreeSet<>()).add(n);
            } catch (NumberFormatException e) {
                // not a server-style name: no effect on the counter
            }
        }
    }

    /** Remembers that {@code n}'s names on every dialect stand for the constraint named {@code n.postgresql()}. */
    void named(String table, Names n) {
        identityOf.put(key(table) + "." + n.mysql().toLowerCase(Locale.ROOT), n.postgresql());
        identityOf.put(key(table) + "." + n.postgresql().toLowerCase(Locale.ROOT), n.postgresql());
    }

    /** The chain's name of a constraint a later drop names by one server's name (a MySQL chain drops t_ibfk_1). */
    String identity(String table, String serverName) {
        return identityOf.getOrDefault(key(table) + "." + serverName.toLowerCase(Locale.ROOT), serverName);
    }

    /** A constraint (by the chain's name) is gone: its names are free again on every dialect. */
    void dropped(String table, String identity) {
        String t = key(table);
        Set<String> pg = pgNames.getOrDefault(t, new HashSet<>());
        Set<String> my = myNames.getOrDefault(t, new HashSet<>());
        pg.remove(identity);
        my.remove(identity.toLowerCase(Locale.ROOT));
        identityOf.entrySet().removeIf(e -> {
            if (!e.getKey().startsWith(t + ".") || !e.getValue().equals(identity)) {
                return false;
            }
            String server = e.getKey().substring(t.length() + 1);
            my.remove(server);
            if (server.startsWith(t + "_ibfk_")) {
                try {
                    ibfk.getOrDefault(t, new java.util.TreeSet<>()).remove(Integer.parseInt(server.substring(
                            t.length() + 6)));
                } catch (NumberFormatException ex) {
                    // not a number: nothing counted
                }
            }
            return true;
        });
    }

    /** A table is gone: everything named on it is free. */
    void droppedTable(String table) {
        String t = key(table);
        ibfk.remove(t);
        pgNames.remove(t);
        myNames.remove(t);
        identityOf.keySet().removeIf(k -> k.startsWith(t + "."));
    }

    /** The state before a downgrade is walked, so the next revision's upgrade continues from its upgrade's. */
    ServerNames snapshot() {
        ServerNames copy = new ServerNames();
        ibfk.forEach((k, v) -> copy.ibfk.put(k, new java.util.TreeSet<>(v)));
        pgNames.forEach((k, v) -> copy.pgNames.put(k, new HashSet<>(v)));
        myNames.forEach((k, v) -> copy.myNames.put(k, new HashSet<>(v)));
        copy.identityOf.putAll(identityOf);
        return copy;
    }

    void restore(ServerNames saved) {
        ServerNames s = saved.snapshot();
        ibfk.clear();
        ibfk.putAll(s.ibfk);
        pgNames.clear();
        pgNames.putAll(s.pgNames);
        myNames.clear();
        myNames.putAll(s.myNames);
        identityOf.clear();
        identityOf.putAll(s.identityOf);
    }

    void renamed(String from, String to) {
        move(ibfk, from, to);
        move(pgNames, from, to);
        move(myNames, from, to);
        String f = key(from) + ".";
        Map<String, String> moved = new HashMap<>();
        identityOf.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(f)) {
                moved.put(key(to) + "." + e.getKey().substring(f.length()), e.getValue());
                return true;
            }
            return false;
        });
        identityOf.putAll(moved);
    }

    private static <V> void move(Map<String, V> map, String from, String to) {
        V v = map.remove(key(from));
        if (v != null) {
            map.put(key(to), v);
        }
    }

    /** The sequence PostgreSQL's SERIAL creates: {@code <table>_<column>_seq}, cut to 63 bytes as the server does. */
    static String serialSequence(String table, String column) {
        return truncate(table, column, "seq", "");
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
