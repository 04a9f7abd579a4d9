package org.sqlbundle.catalog.autogen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.DropColumn;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnum;
import org.sqlbundle.compiler.internal.ops.DropIndex;
import org.sqlbundle.compiler.internal.ops.DropTable;
import org.sqlbundle.compiler.internal.ops.DropView;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.errors.SourcePos;

/**
 * The ops that turn one model schema into another, in an order the model accepts: views, foreign keys, indexes
 * and constraints are dropped before what they depend on, tables are dropped referencing-first and created
 * referenced-first, columns change before the indexes and keys over them are created, and views come last.
 * Renames can't be told from a drop and an add, and come out as such.
 */
public final class SchemaDiff {

    static final SourcePos POS = SourcePos.ofFile("autogenerate");

    private final Schema from;
    private final Schema to;
    private final List<Op> dropViews = new ArrayList<>();
    private final List<Op> dropKeys = new ArrayList<>();
    private final List<Op> dropIndexesAndConstraints = new ArrayList<>();
    private final List<Op> dropTables = new ArrayList<>();
    private final List<Op> createEnums = new ArrayList<>();
    private final List<Op> createTables = new ArrayList<>();
    private final List<Op> columnChanges = new ArrayList<>();
    private final List<Op> addIndexesAndConstraints = new ArrayList<>();
    private final List<Op> addKeys = new ArrayList<>();
    private final List<Op> dropEnums = new ArrayList<>();
    private final List<Op> createViews = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private SchemaDiff(Schema from, Schema to) {
        this.from = from;
        this.to = to;
    }

    /** The ops from {@code from} to {@code to}, and notes on differences no op expresses. */
    public static Result between(Schema from, Schema to) {
        SchemaDiff diff = new SchemaDiff(from, to);
        diff.run();
        List<Op> ops = new ArrayList<>();
        for (List<Op> phase : List.of(diff.dropViews, diff.dropKeys, diff.dropIndexesAndConstraints, diff.dropTables,
                diff.createEnums, diff.createTables, diff.columnChanges, diff.addIndexesAndConstraints, diff.addKeys,
                diff.dropEnums, diff.createViews)) {
            ops.addAll(phase);
        }
        return new Result(List.copyOf(ops), List.copyOf(diff.notes));
    }

    public record Result(List<Op> ops, List<String> notes) {
        public boolean isEmpty() {
            return ops.isEmpty() && notes.isEmpty();
        }
    }

    private void run() {
        from.views().keySet().stream().filter(v -> !to.views().containsKey(v))
                .forEach(v -> dropViews.add(new DropView(POS, v)));
        to.views().values().stream().filter(v -> !from.views().containsKey(v.name()))
                .forEach(v -> createViews.add(new CreateView(POS, v)));
        enums();
        for (Table t : from.tables().values()) {
            to.table(t.name()).ifPresent(live -> table(t, live));
        }
        dropTables();
        createTables();
    }

    private void enums() {
        for (EnumType e : to.enums().values()) {
            Optional<EnumType> old = from.enumType(e.name());
            if (old.isEmpty()) {
                createEnums.add(new CreateEnum(POS, e));
            } else if (!old.get().labels().equals(e.labels())) {
                notes.add("enum type " + e.name() + " has labels " + e.labels() + " in the database and "
                        + old.get().labels() + " in the model; no op changes an enum type: write a sql op");
            }
        }
        from.enums().keySet().stream().filter(e -> !to.enums().containsKey(e))
                .forEach(e -> dropEnums.add(new DropEnum(POS, e)));
    }

    /** A table in both: its keys, constraints, indexes and columns. */
    private void table(Table model, Table live) {
        String name = model.name();
        if (!model.primaryKey().equals(live.primaryKey())) {
            notes.add("the primary key of " + name + " is " + describe(live.primaryKey()) + " in the database and "
                    + describe(model.primaryKey()) + " in the model; no op changes a primary key: write a sql op");
        }
        changed(model.foreignKeys(), live.foreignKeys(), ForeignKey::name,
                fk -> dropKeys.add(new DropConstraint(POS, name, fk.name())),
                fk -> addKeys.add(new AddForeignKey(POS, name, fk)));
        changed(model.indexes(), live.indexes(), Index::name,
                i -> dropIndexesAndConstraints.add(new DropIndex(POS, i.name())),
                i -> addIndexesAndConstraints.add(new CreateIndex(POS, i)));
        changed(model.uniques(), live.uniques(), UniqueConstraint::name,
                u -> dropIndexesAndConstraints.add(new DropConstraint(POS, name, u.name())),
                u -> addIndexesAndConstraints.add(new AddUnique(POS, name, u)));
        changed(model.checks(), live.checks(), CheckConstraint::name,
                c -> dropIndexesAndConstraints.add(new DropConstraint(POS, name, c.name())),
                c -> addIndexesAndConstraints.add(new AddCheck(POS, name, c)));
        if (!model.options().equals(live.options())) {
            columnChanges.add(new AlterTableOptions(POS, name, optionChange(model.options(), live.options())));
        }
        for (Column c : model.columns()) {
            if (!live.hasColumn(c.name())) {
                columnChanges.add(new DropColumn(POS, name, c.name()));
            }
        }
        for (Column c : live.columns()) {
            Optional<Column> old = model.column(c.name());
            if (old.isEmpty()) {
                if (c.autoincrement()) {
                    notes.add(name + "." + c.name() + " is an identity/auto_increment column in the database; "
                            + "add_column cannot declare one, so it is added as a plain column");
                }
                columnChanges.add(new AddColumn(POS, name, new Column(c.name(), c.type(), c.nullable(),
                        c.defaultValue(), false, c.comment())));
            } else if (!old.get().equals(c)) {
                alter(name, old.get(), c);
            }
        }
    }

    /** The engine if it changed; the charset with the collation if either did (CONVERT sets both). */
    private static TableOptions optionChange(TableOptions model, TableOptions live) {
        boolean text = !model.charset().equals(live.charset()) || !model.collation().equals(live.collation());
        return new TableOptions(model.engine().equals(live.engine()) ? Optional.empty() : live.engine(),
                text ? live.charset() : Optional.empty(), text ? live.collation() : Optional.empty());
    }

    private static String describe(Optional<PrimaryKey> key) {
        return key.map(k -> k.columns() + (k.name().isEmpty() ? "" : " named " + k.name())).orElse("none");
    }

    private void alter(String table, Column old, Column live) {
        if (old.autoincrement() != live.autoincrement()) {
            notes.add(table + "." + live.name() + " is " + (live.autoincrement() ? "" : "not ")
                    + "autoincrement in the database; no op changes that: write a sql op");
        }
        Optional<Literal> def = old.defaultValue().equals(live.defaultValue()) ? Optional.empty()
                : Optional.of(live.defaultValue().orElse(Literal.NULL));
        boolean typeChanged = !old.type().equals(live.type());
        boolean nullChanged = old.nullable() != live.nullable();
        if (typeChanged || nullChanged || def.isPresent()) {
            columnChanges.add(new AlterColumn(POS, table, live.name(),
                    typeChanged ? Optional.of(live.type()) : Optional.empty(),
                    nullChanged ? Optional.of(live.nullable()) : Optional.empty(), def, Optional.empty(),
                    typeChanged && old.type().narrowsTo(live.type())));
        }
    }

    /** Items of the model that are gone or different in the database are dropped; new or different ones added. */
    private static <T> void changed(List<T> model, List<T> live, Function<T, String> name,
                                    java.util.function.Consumer<T> drop, java.util.function.Consumer<T> add) {
        Map<String, T> liveByName = byName(live, name);
        Map<String, T> modelByName = byName(model, name);
        for (T m : model) {
            T l = liveByName.get(name.apply(m));
            if (l == null || !l.equals(m)) {
                drop.accept(m);
            }
        }
        for (T l : live) {
            T m = modelByName.get(name.apply(l));
            if (m == null || !m.equals(l)) {
                add.accept(l);
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(name.apply(i), i));
        return out;
    }

    /** Dropped tables, each before the tables it references; a cycle is cut by dropping one of its keys first. */
    private void dropTables() {
        Set<String> left = new java.util.TreeSet<>();
        from.tables().keySet().stream().filter(t -> to.table(t).isEmpty()).forEach(left::add);
        while (!left.isEmpty()) {
            Optional<String> next = left.stream()
                    .filter(t -> from.tablesReferencing(t).stream().noneMatch(r -> !r.name().equals(t)
                            && left.contains(r.name())))
                    .findFirst();
            if (next.isPresent()) {
                dropTables.add(new DropTable(POS, next.get()));
                left.remove(next.get());
            } else {
                String cut = left.iterator().next();
                for (Table r : from.tablesReferencing(cut)) {
                    if (!r.name().equals(cut) && left.contains(r.name())) {
                        r.foreignKeys().stream().filter(f -> f.refTable().equals(cut))
                                .forEach(f -> dropKeys.add(new DropConstraint(POS, r.name(), f.name())));
                    }
                }
                dropTables.add(new DropTable(POS, cut));
                left.remove(cut);
            }
        }
    }

    /** New tables, each after the tables it references; keys of a cycle are added once all tables exist. */
    private void createTables() {
        Set<String> exists = new HashSet<>();
        from.tables().keySet().stream().filter(t -> to.table(t).isPresent()).forEach(exists::add);
        List<Table> left = new ArrayList<>(to.tables().values().stream()
                .filter(t -> from.table(t.name()).isEmpty()).toList());
        while (!left.isEmpty()) {
            Optional<Table> next = left.stream().filter(t -> t.foreignKeys().stream()
                    .allMatch(f -> f.refTable().equals(t.name()) || exists.contains(f.refTable()))).findFirst();
            Table t = next.orElse(left.get(0));
            List<ForeignKey> now = t.foreignKeys().stream()
                    .filter(f -> f.refTable().equals(t.name()) || exists.contains(f.refTable())).toList();
            t.foreignKeys().stream().filter(f -> !now.contains(f)).forEach(f -> addKeys.add(new AddForeignKey(POS,
                    t.name(), f)));
            createTables.add(new CreateTable(POS, t.withForeignKeys(now).withIndexes(List.of())));
            t.indexes().forEach(i -> createTables.add(new CreateIndex(POS, i)));
            exists.add(t.name());
            left.remove(t);
        }
    }
}
