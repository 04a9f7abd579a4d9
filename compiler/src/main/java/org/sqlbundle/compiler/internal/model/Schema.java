package org.sqlbundle.compiler.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pcollections.PSortedMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * The expected schema at one point of the chain. Immutable and persistent: applying an op shares
 * everything it does not touch, so keeping the state after every revision of a 10,000-revision chain
 * costs little, and sorted maps keep every walk over it deterministic. Two reverse indexes (who references a
 * table, who uses an enum) are kept in step with the tables so that ops checking them don't scan every table:
 * on a long chain with thousands of live tables that scan made applying the chain quadratic.
 */
public final class Schema {

    public static final Schema EMPTY = new Schema(TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
            TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), null);

    private final PSortedMap<String, Table> tables;
    /** index name -> owning table: index names are unique schema-wide. */
    private final PSortedMap<String, String> indexOwners;
    private final PSortedMap<String, EnumType> enums;
    private final PSortedMap<String, View> views;
    /** referenced table -> tables with a foreign key to it (itself included for a self-reference). */
    private final PSortedMap<String, PSortedSet<String>> referrers;
    /** enum type -> tables with a column of that type. */
    private final PSortedMap<String, PSortedSet<String>> enumUsers;
    /** The objects changed on the way here, newest first; not part of equality (see {@link #changedSince}). */
    private final Touch touched;

    /** One link of the change log: what kind of object ('t'able, 'e'num, 'v'iew) and its name. */
    private record Touch(char kind, String name, Touch older) {
    }

    private Schema(PSortedMap<String, Table> tables, PSortedMap<String, String> indexOwners,
                   PSortedMap<String, EnumType> enums, PSortedMap<String, View> views,
                   PSortedMap<String, PSortedSet<String>> referrers, PSortedMap<String, PSortedSet<String>> enumUsers,
                   Touch touched) {
        this.tables = tables;
        this.indexOwners = indexOwners;
        this.enums = enums;
        this.views = views;
        this.referrers = referrers;
        this.enumUsers = enumUsers;
        this.touched = touched;
    }

    /** Names of the tables, enums and views changed between two schemas, each set in name order. */
    public record Changes(SortedSet<String> tables, SortedSet<String> enums, SortedSet<String> views) {
    }

    /**
     * What changed between {@code earlier} and this schema when this one was derived from it by ops, read from the
     * change log in time proportional to the changes, not to the schema: comparing whole schemas after every
     * revision of a long chain would be quadratic. Empty when this schema was not derived from {@code earlier}.
     */
    public Optional<Changes> changedSince(Schema earlier) {
        Changes out = new Changes(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (Touch t = touched; t != earlier.touched; t = t.older()) {
            if (t == null) {
                return Optional.empty();
            }
            (t.kind() == 't' ? out.tables() : t.kind() == 'e' ? out.enums() : out.views()).add(t.name());
        }
        return Optional.of(out);
    }

    public SortedMap<String, Table> tables() {
        return tables;
    }

    public SortedMap<String, EnumType> enums() {
        return enums;
    }

    public SortedMap<String, View> views() {
        return views;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Optional<Index> index(String name) {
        String owner = indexOwners.get(name);
        return owner == null ? Optional.empty() : tables.get(owner).index(name);
    }

    public Optional<EnumType> enumType(String name) {
        return Optional.ofNullable(enums.get(name));
    }

    public Optional<View> view(String name) {
        return Optional.ofNullable(views.get(name));
    }

    /** Tables with a foreign key to {@code table} (itself too if it references itself), in name order. */
    public List<Table> tablesReferencing(String table) {
        return tablesNamed(referrers.get(table));
    }

    /** Tables with a column of enum type {@code enumName}, in name order. */
    public List<Table> tablesUsingEnum(String enumName) {
        return tablesNamed(enumUsers.get(enumName));
    }

    private List<Table> tablesNamed(PSortedSet<String> names) {
        if (names == null) {
            return List.of();
        }
        List<Table> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(tables.get(name));
        }
        return out;
    }

    public boolean isEmpty() {
        return tables.isEmpty() && enums.isEmpty() && views.isEmpty();
    }

    /** Adds or replaces a table, keeping the index-owner map in step with the table's indexes. */
    public Schema withTable(Table table) {
        PSortedMap<String, String> owners = indexOwners;
        Table old = tables.get(table.name());
        // most ops change one part of one table: skip the bookkeeping of the parts they left alone
        // parts an op left alone are the same list objects: compare identity before contents (records' equals is slow)
        if (old == null || !same(old.indexes(), table.indexes())) {
            if (old != null) {
                for (Index i : old.indexes()) {
                    owners = owners.minus(i.name());
                }
            }
            for (Index i : table.indexes()) {
                owners = owners.plus(i.name(), table.name());
            }
        }
        boolean sameKeys = old != null && same(old.foreignKeys(), table.foreignKeys());
        boolean sameColumns = old != null && same(old.columns(), table.columns());
        return new Schema(tables.plus(table.name(), table), owners, enums, views,
                sameKeys ? referrers : reindex(referrers, table.name(), referencedTables(old), referencedTables(table)),
                sameColumns ? enumUsers : reindex(enumUsers, table.name(), usedEnums(old), usedEnums(table)),
                new Touch('t', table.name(), touched));
    }

    private static boolean same(List<?> a, List<?> b) {
        return a == b || a.equals(b);
    }

    public Schema withoutTable(String name) {
        Table old = tables.get(name);
        PSortedMap<String, String> owners = indexOwners;
        if (old != null) {
            for (Index i : old.indexes()) {
                owners = owners.minus(i.name());
            }
        }
        return new Schema(tables.minus(name), owners, enums, views,
                reindex(referrers, name, referencedTables(old), new TreeSet<>()),
                reindex(enumUsers, name, usedEnums(old), new TreeSet<>()), new Touch('t', name, touched));
    }

    public Schema withEnum(EnumType e) {
        return new Schema(tables, indexOwners, enums.plus(e.name(), e), views, referrers, enumUsers,
                new Touch('e', e.name(), touched));
    }

    public Schema withoutEnum(String name) {
        return new Schema(tables, indexOwners, enums.minus(name), views, referrers, enumUsers,
                new Touch('e', name, touched));
    }

    public Schema withView(View v) {
        return new Schema(tables, indexOwners, enums, views.plus(v.name(), v), referrers, enumUsers,
                new Touch('v', v.name(), touched));
    }

    public Schema withoutView(String name) {
        return new Schema(tables, indexOwners, enums, views.minus(name), referrers, enumUsers,
                new Touch('v', name, touched));
    }

    private static SortedSet<String> referencedTables(Table table) {
        SortedSet<String> out = new TreeSet<>();
        if (table != null) {
            for (ForeignKey fk : table.foreignKeys()) {
                out.add(fk.refTable());
            }
        }
        return out;
    }

    private static SortedSet<String> usedEnums(Table table) {
        SortedSet<String> out = new TreeSet<>();
        if (table != null) {
            for (Column c : table.columns()) {
                if (c.type().isEnum()) {
                    out.add(c.type().enumName());
                }
            }
        }
        return out;
    }

    /** Moves {@code table} from the entries of {@code before} to those of {@code after} in a reverse index. */
    private static PSortedMap<String, PSortedSet<String>> reindex(PSortedMap<String, PSortedSet<String>> index,
                                                                  String table, SortedSet<String> before,
                                                                  SortedSet<String> after) {
        if (before.equals(after)) {
            return index;
        }
        PSortedMap<String, PSortedSet<String>> out = index;
        for (String key : before) {
            if (!after.contains(key)) {
                PSortedSet<String> left = out.get(key).minus(table);
                out = left.isEmpty() ? out.minus(key) : out.plus(key, left);
            }
        }
        for (String key : after) {
            if (!before.contains(key)) {
                PSortedSet<String> users = out.get(key);
                out = out.plus(key, (users == null ? TreePSet.<String>empty() : users).plus(table));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && tables.equals(s.tables) && enums.equals(s.enums) && views.equals(s.views);
    }

    @Override
    public int hashCode() {
        return tables.hashCode() * 31 + enums.hashCode();
    }

    @Override
    public String toString() {
        return "Schema" + tables.values() + enums.values() + views.values();
    }
}
