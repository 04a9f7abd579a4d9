package org.sqlbundle.compiler.internal.ops;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.errors.SourcePos;

/**
 * The names MySQL and MariaDB give a foreign key created without one ({@code server_named:}), as measured on
 * mariadb:10.11 ({@code InnodbNamesContainerIT}) and as MySQL 8's manual states them: the constraint is
 * {@code <table>_ibfk_<n>}, n one more than the highest such number on the table (CREATE TABLE numbers its unnamed
 * keys 1, 2, ... in order); the index InnoDB makes for a key no index serves (none leads with the key's columns, in
 * order) is named after the key's first column, {@code _2}, {@code _3} ... when taken; a later index that leads with
 * that index's columns replaces it; a RENAME TABLE renames every key named {@code <old>_ibfk_<n>} (stated or not) to
 * {@code <new>_ibfk_<n>}.
 */
final class InnodbNames {

    private InnodbNames() {
    }

    /** create_table's table with the names the server gives its server-named keys. */
    static Table created(Table table, SourcePos pos, String opName) {
        Table t = table.withForeignKeys(List.of());
        int unnamed = 0;
        for (ForeignKey fk : table.foreignKeys()) {
            Map<Dialect, Integer> numbers = new EnumMap<>(Dialect.class);
            if (!fk.serverNamed().isEmpty()) {
                unnamed++;
                for (Dialect d : fk.serverNamed()) {
                    numbers.put(d, unnamed);
                }
            }
            t = add(t, fk, numbers, table.foreignKeys(), pos, opName);
        }
        return t;
    }

    /** add_foreign_key: {@code table} with {@code fk} added as the server names it, and InnoDB's index for it. */
    static Table added(Table table, ForeignKey fk, SourcePos pos, String opName) {
        Map<Dialect, Integer> numbers = new EnumMap<>(Dialect.class);
        for (Dialect d : fk.serverNamed()) {
            int highest = 0;
            for (ForeignKey other : table.foreignKeys()) {
                highest = Math.max(highest, ibfkNumber(table.name(), other.nameOn(d)));
            }
            numbers.put(d, highest + 1);
        }
        return add(table, fk, numbers, table.foreignKeys(), pos, opName);
    }

    /** An index on {@code columns} was added: InnoDB drops the indexes it made that the new one leads with. */
    static Table indexAdded(Table table, List<String> columns) {
        return table.withForeignKeys(table.foreignKeys().stream()
                .map(f -> f.serverIndex().isPresent() && leads(columns, f.columns())
                        ? f.withServerNames(f.dialectNames(), Optional.empty()) : f).toList());
    }

    /** rename_table: the server renames every key named {@code <old>_ibfk_<n>} there, server-named or not. */
    static Table renamed(Table table, String from) {
        return table.withForeignKeys(table.foreignKeys().stream().map(f -> {
            Map<Dialect, String> names = new EnumMap<>(Dialect.class);
            names.putAll(f.dialectNames());
            for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
                int n = ibfkNumber(from, f.nameOn(d));
                if (n > 0) {
                    names.put(d, table.name() + "_ibfk_" + n);
                    // renamed back to the chain's own name: no dialect name, as before
                    names.remove(d, f.name());
                }
            }
            return f.withServerNames(names, f.serverIndex());
        }).toList());
    }

    private static Table add(Table table, ForeignKey fk, Map<Dialect, Integer> numbers, List<ForeignKey> stated,
                             SourcePos pos, String opName) {
        Map<Dialect, String> names = new EnumMap<>(Dialect.class);
        names.putAll(fk.dialectNames());
        for (Dialect d : fk.serverNamed()) {
            String server = table.name() + "_ibfk_" + numbers.get(d);
            String chain = fk.nameOn(d);
            boolean stateless = !fk.dialectNames().containsKey(d);
            if (!stateless && !chain.equalsIgnoreCase(server) || takenByAnother(stated, fk, d, server)) {
                throw ModelCheck.fail(pos, "E176", opName + " " + table.name() + "." + fk.name() + ": " + d.cliName
                        + " names this foreign key " + server + " (one more than the highest " + table.name()
                        + "_ibfk_<n> the table has then), not " + chain + " as the chain states",
                        "write dialect_names: {" + d.cliName + ": " + server + "} if " + server
                        + " is free, or leave out server_named so the key is created under its stated name; a "
                        + "derived downgrade that re-adds the key needs an explicit downgrade: that does so");
            }
            names.put(d, server);
        }
        Table cleared = table;
        Optional<String> index = Optional.empty();
        if (!served(table, fk.columns())) {
            cleared = indexAdded(table, fk.columns());
            if (!fk.serverNamed().isEmpty()) {
                index = Optional.of(freeIndexName(cleared, fk.columns().get(0)));
            }
        }
        return cleared.withForeignKeys(Table.plus(cleared.foreignKeys(), fk.withServerNames(names, index)));
    }

    private static boolean takenByAnother(List<ForeignKey> keys, ForeignKey fk, Dialect d, String server) {
        return keys.stream().anyMatch(o -> o != fk && !o.name().equals(fk.name()) && !o.serverNamedOn(d)
                && o.nameOn(d).equalsIgnoreCase(server));
    }

    /** Whether an index the table has (or InnoDB made for another key) leads with {@code columns}, in order. */
    static boolean served(Table t, List<String> columns) {
        if (t.primaryKey().map(pk -> leads(pk.columns(), columns)).orElse(false)) {
            return true;
        }
        return t.uniques().stream().anyMatch(u -> leads(u.columns(), columns))
                || t.indexes().stream().anyMatch(i -> leads(i.columns(), columns))
                || t.foreignKeys().stream().anyMatch(f -> leads(f.columns(), columns));
    }

    /** The column's name, numbered from 2 while an index or key of the table has it (case-insensitively). */
    private static String freeIndexName(Table t, String column) {
        Set<String> taken = new HashSet<>(List.of("primary"));
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            t.indexes().stream().map(i -> i.nameOn(d)).forEach(n -> taken.add(lower(n)));
            t.uniques().stream().map(u -> u.nameOn(d)).forEach(n -> taken.add(lower(n)));
            // a named key's own index takes the key's name
            t.foreignKeys().stream().filter(f -> !f.serverNamedOn(d)).forEach(f -> taken.add(lower(f.nameOn(d))));
        }
        t.foreignKeys().forEach(f -> f.serverIndex().ifPresent(n -> taken.add(lower(n))));
        String name = column;
        for (int i = 2; taken.contains(lower(name)); i++) {
            name = column + "_" + i;
        }
        return name;
    }

    /** n of {@code <table>_ibfk_<n>}, 0 for any other name. */
    private static int ibfkNumber(String table, String name) {
        Matcher m = Pattern.compile(Pattern.quote(table) + "_ibfk_([1-9][0-9]{0,8})", Pattern.CASE_INSENSITIVE)
                .matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static boolean leads(List<String> key, List<String> columns) {
        return key.size() >= columns.size() && key.subList(0, columns.size()).equals(columns);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
