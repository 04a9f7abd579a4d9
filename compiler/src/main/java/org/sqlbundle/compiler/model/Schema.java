package org.sqlbundle.compiler.model;

import java.util.Optional;
import java.util.SortedMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The expected schema at one point of the chain. Immutable and persistent: applying an op shares
 * everything it does not touch, so keeping the state after every revision of a 10,000-revision chain
 * costs little, and sorted maps keep every walk over it deterministic.
 */
public final class Schema {

    public static final Schema EMPTY = new Schema(TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
            TreePMap.empty());

    private final PSortedMap<String, Table> tables;
    /** index name -> owning table: index names are unique schema-wide. */
    private final PSortedMap<String, String> indexOwners;
    private final PSortedMap<String, EnumType> enums;
    private final PSortedMap<String, View> views;

    private Schema(PSortedMap<String, Table> tables, PSortedMap<String, String> indexOwners,
                   PSortedMap<String, EnumType> enums, PSortedMap<String, View> views) {
        this.tables = tables;
        this.indexOwners = indexOwners;
        this.enums = enums;
        this.views = views;
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

    public boolean isEmpty() {
        return tables.isEmpty() && enums.isEmpty() && views.isEmpty();
    }

    /** Adds or replaces a table, keeping the index-owner map in step with the table's indexes. */
    public Schema withTable(Table table) {
        PSortedMap<String, String> owners = indexOwners;
        Table old = tables.get(table.name());
        if (old != null) {
            for (Index i : old.indexes()) {
                owners = owners.minus(i.name());
            }
        }
        for (Index i : table.indexes()) {
            owners = owners.plus(i.name(), table.name());
        }
        return new Schema(tables.plus(table.name(), table), owners, enums, views);
    }

    public Schema withoutTable(String name) {
        Table old = tables.get(name);
        PSortedMap<String, String> owners = indexOwners;
        if (old != null) {
            for (Index i : old.indexes()) {
                owners = owners.minus(i.name());
            }
        }
        return new Schema(tables.minus(name), owners, enums, views);
    }

    public Schema withEnum(EnumType e) {
        return new Schema(tables, indexOwners, enums.plus(e.name(), e), views);
    }

    public Schema withoutEnum(String name) {
        return new Schema(tables, indexOwners, enums.minus(name), views);
    }

    public Schema withView(View v) {
        return new Schema(tables, indexOwners, enums, views.plus(v.name(), v));
    }

    public Schema withoutView(String name) {
        return new Schema(tables, indexOwners, enums, views.minus(name));
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
