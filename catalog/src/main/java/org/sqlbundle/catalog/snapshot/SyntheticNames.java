package org.sqlbundle.catalog.snapshot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names for constraints that have none (SQLite) or only one the database derived: numbered by creation order
 * (H2 {@code CONSTRAINT_8A}, MySQL {@code t_ibfk_1}/{@code t_chk_1}, MariaDB {@code CONSTRAINT_1}) or from the
 * table's name at creation (PostgreSQL {@code t_a_fkey}, {@code t_a_key}, {@code t_a_check}, {@code t_pkey}), which
 * a rename or a rebuild under another name changes. Such a name would make two creations of one schema differ, so
 * it is replaced by one built from the content, marked by a leading {@code ~}. A name that only looks derived but
 * that the chain itself gave (a MySQL-born chain names its keys {@code c_ibfk_1}) is kept: {@link #apply} takes
 * the names to keep, and the verifier passes the model's.
 */
public final class SyntheticNames {

    /** Numbered by creation order: never the same twice, so {@code read} replaces them whatever the caller. */
    private static final Pattern NUMBERED = Pattern.compile("(?i)constraint_[0-9a-f]+|.+_ibfk_\\d+|.+_chk_\\d+");
    /** Also derived from the table's name (PostgreSQL) or H2's {@code FK_xx}: replaced only when not kept. */
    private static final Pattern DERIVED = Pattern.compile(
            "(?i)constraint_[0-9a-f]+|fk_[0-9a-f]+|.+_ibfk_\\d+|.+_chk_\\d+|.+_(pkey|fkey|key|check|excl)\\d*");

    private SyntheticNames() {
    }

    public static boolean isGenerated(String name) {
        return name == null || name.isEmpty() || NUMBERED.matcher(name).matches();
    }

    /**
     * {@code s} with every constraint name that looks database-derived and is not in {@code keep} (lower case)
     * replaced by its synthetic name; the readers' {@code read} applies it with nothing to keep.
     */
    public static Snapshot apply(Snapshot s, Set<String> keep) {
        return apply(s, n -> !n.startsWith("~") && DERIVED.matcher(n).matches()
                && !keep.contains(n.toLowerCase(Locale.ROOT)), false);
    }

    /** {@code s} with only the numbered names replaced, as {@link SnapshotReader#read} returns it. */
    public static Snapshot numbered(Snapshot s) {
        return apply(s, n -> !n.startsWith("~") && isGenerated(n), true);
    }

    /** {@code keys}: primary key names too (the verifier decides those by the model, see its Tolerances). */
    private static Snapshot apply(Snapshot s, Predicate<String> derived, boolean keys) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>();
        s.tables().forEach((name, t) -> tables.put(name, apply(t, derived, keys)));
        return new Snapshot(tables, s.enums(), s.views(), s.versionRows(), s.sequences());
    }

    private static TableSnapshot apply(TableSnapshot t, Predicate<String> derived, boolean keys) {
        SortedMap<String, ForeignKeySnapshot> fks = new TreeMap<>();
        t.foreignKeys().values().forEach(f -> {
            String n = derived.test(f.name()) ? foreignKey(f.columns()) : f.name();
            fks.put(n, new ForeignKeySnapshot(n, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(),
                    f.onUpdate()));
        });
        SortedMap<String, UniqueSnapshot> uniques = new TreeMap<>();
        t.uniques().values().forEach(u -> {
            String n = derived.test(u.name()) ? unique(u.columns()) : u.name();
            uniques.put(n, new UniqueSnapshot(n, u.columns()));
        });
        SortedMap<String, CheckSnapshot> checks = new TreeMap<>();
        t.checks().values().forEach(c -> {
            String n = derived.test(c.name()) ? check(c.expression()) : c.name();
            checks.put(n, new CheckSnapshot(n, c.expression()));
        });
        Optional<PrimaryKeySnapshot> key = t.primaryKey().map(k -> !keys || k.name().filter(n -> !derived.test(n)).isPresent()
                ? k : new PrimaryKeySnapshot(Optional.empty(), k.columns()));
        return new TableSnapshot(t.name(), t.columns(), t.columnOrder(), key, fks, uniques, checks, t.indexes(),
                t.options());
    }

    public static String foreignKey(List<String> columns) {
        return "~fk(" + String.join(",", columns) + ")";
    }

    public static String unique(List<String> columns) {
        return "~unique(" + String.join(",", columns) + ")";
    }

    public static String check(String expression) {
        return "~check(" + expression + ")";
    }
}
