package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.snapshot.CheckSnapshot;
import org.sqlbundle.catalog.snapshot.ColumnSnapshot;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.EnumSnapshot;
import org.sqlbundle.catalog.snapshot.ForeignKeySnapshot;
import org.sqlbundle.catalog.snapshot.IndexSnapshot;
import org.sqlbundle.catalog.snapshot.PrimaryKeySnapshot;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.TableSnapshot;
import org.sqlbundle.catalog.snapshot.UniqueSnapshot;
import org.sqlbundle.catalog.snapshot.VersionRow;
import org.sqlbundle.catalog.snapshot.ViewSnapshot;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * One change at a time to a snapshot that matches the model, each named in the differences; and the things the
 * comparison leaves out on purpose (version table, generated names, view bodies) do not show.
 */
class ExpectedSchemaDifferencesTest {

    private static final String VERSION_TABLE = "sqlbundle_version";

    /** What a database that matches {@link ModelProjectionTest#MODEL} would show, version table included. */
    private static Snapshot matching(Dialect d) {
        Snapshot s = ModelProjection.forDialect(d).project(ModelProjectionTest.MODEL);
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        tables.put(VERSION_TABLE, new TableSnapshot(VERSION_TABLE, new TreeMap<>(Map.of("version_num",
                new ColumnSnapshot("version_num", "varchar(32)", false, Optional.empty()))), List.of("version_num"),
                Optional.of(new PrimaryKeySnapshot(Optional.empty(), List.of("version_num"))), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        SortedMap<String, ViewSnapshot> views = new TreeMap<>();
        s.views().keySet().forEach(v -> views.put(v, new ViewSnapshot(v, "select id from \"user\" -- as reprinted")));
        return new Snapshot(tables, s.enums(), views, List.of(new VersionRow(new TreeMap<>(Map.of("version_num",
                Optional.of("abc123"))))));
    }

    private static List<Difference> compare(Snapshot actual, Dialect d) {
        return ExpectedSchema.compare(ModelProjectionTest.MODEL, actual, d, VERSION_TABLE);
    }

    private static Snapshot changeTable(Snapshot s, String table, UnaryOperator<TableSnapshot> change) {
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(s.tables());
        tables.put(table, change.apply(tables.get(table)));
        return new Snapshot(tables, s.enums(), s.views(), s.versionRows());
    }

    private static TableSnapshot with(TableSnapshot t, SortedMap<String, ColumnSnapshot> columns,
                                      Optional<PrimaryKeySnapshot> key, SortedMap<String, ForeignKeySnapshot> fks,
                                      SortedMap<String, UniqueSnapshot> uniques, SortedMap<String, CheckSnapshot> checks,
                                      SortedMap<String, IndexSnapshot> indexes) {
        return new TableSnapshot(t.name(), columns, t.columnOrder(), key, fks, uniques, checks, indexes);
    }

    private static TableSnapshot withColumn(TableSnapshot t, ColumnSnapshot c) {
        SortedMap<String, ColumnSnapshot> columns = new TreeMap<>(t.columns());
        columns.put(c.name(), c);
        return with(t, columns, t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), t.indexes());
    }

    private static List<String> objects(List<Difference> differences) {
        return differences.stream().map(Difference::object).toList();
    }

    @Test
    void aMatchingDatabaseWithItsVersionTableHasNoDifferences() {
        for (Dialect d : Dialect.values()) {
            assertEquals(List.of(), compare(matching(d), d), d.cliName);
        }
    }

    @Test
    void aMissingIndexIsNamed() {
        for (Dialect d : Dialect.values()) {
            Snapshot s = changeTable(matching(d), "order", t -> with(t, t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniques(), t.checks(), new TreeMap<>()));
            assertEquals(List.of(new Difference("table order / index ix_order_user", "(user_id)", Difference.ABSENT)),
                    compare(s, d), d.cliName);
        }
    }

    @Test
    void nullabilityTypeAndDefaultAreNamedByColumn() {
        Snapshot s = changeTable(matching(Dialect.POSTGRESQL), "user", t -> withColumn(withColumn(t,
                new ColumnSnapshot("note", "text", false, Optional.empty())),
                new ColumnSnapshot("order", "character varying(40)", false, Optional.of("'o''k'"))));
        assertEquals(List.of(
                new Difference("table user / column note", "text null", "text not null"),
                new Difference("table user / column order", "character varying(36) not null default 'o''k'",
                        "character varying(40) not null default 'o''k'")), compare(s, Dialect.POSTGRESQL));
    }

    @Test
    void aDifferentForeignKeyActionIsNamed() {
        for (Dialect d : Dialect.values()) {
            Snapshot s = changeTable(matching(d), "order", t -> {
                ForeignKeySnapshot f = t.foreignKeys().get("fk_order_user");
                SortedMap<String, ForeignKeySnapshot> fks = new TreeMap<>(Map.of(f.name(), new ForeignKeySnapshot(
                        f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), "cascade", f.onUpdate())));
                return with(t, t.columns(), t.primaryKey(), fks, t.uniques(), t.checks(), t.indexes());
            });
            List<Difference> differences = compare(s, d);
            assertEquals(List.of("table order / foreign key fk_order_user"), objects(differences), d.cliName);
            assertEquals(true, differences.get(0).actual().contains("on delete cascade"), d.cliName);
        }
    }

    @Test
    void anExtraViewIsNamedButAViewReprintedByTheDatabaseIsNot() {
        for (Dialect d : Dialect.values()) {
            Snapshot m = matching(d);
            SortedMap<String, ViewSnapshot> views = new TreeMap<>(m.views());
            views.put("leftover", new ViewSnapshot("leftover", "select 1"));
            List<Difference> differences = compare(new Snapshot(m.tables(), m.enums(), views, m.versionRows()), d);
            assertEquals(List.of(new Difference("view leftover", Difference.ABSENT, BlindSpots.NOT_COMPARED)),
                    differences, d.cliName);
        }
    }

    @Test
    void aDifferentEnumLabelIsNamedAsEachDialectKeepsEnums() {
        Snapshot pg = matching(Dialect.POSTGRESQL);
        SortedMap<String, EnumSnapshot> enums = new TreeMap<>(Map.of("mood", new EnumSnapshot("mood",
                List.of("happy", "sad"))));
        assertEquals(List.of(new Difference("enum mood", "happy, it's ok", "happy, sad")),
                compare(new Snapshot(pg.tables(), enums, pg.views(), pg.versionRows()), Dialect.POSTGRESQL));

        for (Dialect inline : List.of(Dialect.MARIADB, Dialect.H2)) {
            for (String type : List.of("enum('happy','sad')", "enum('Happy','it''s ok')")) {
                Snapshot s = changeTable(matching(inline), "user", t -> withColumn(t,
                        new ColumnSnapshot("mood", type, true, Optional.of("'happy'"))));
                assertEquals(List.of("table user / column mood"), objects(compare(s, inline)), inline + " " + type);
            }
        }

        Snapshot sqlite = changeTable(matching(Dialect.SQLITE), "user", t -> {
            SortedMap<String, CheckSnapshot> checks = new TreeMap<>(Map.of("ck_user_mood_enum",
                    new CheckSnapshot("ck_user_mood_enum", "mood in('happy', 'sad')")));
            return with(t, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), checks, t.indexes());
        });
        assertEquals(List.of("table user / check ~check(mood in('happy', 'it''s ok'))",
                "table user / check ~check(mood in('happy', 'sad'))"), objects(compare(sqlite, Dialect.SQLITE)));
    }

    @Test
    void aGeneratedPrimaryKeyNameIsNotComparedButAModelNameIs() {
        Snapshot renamed = changeTable(matching(Dialect.POSTGRESQL), "user", t -> with(t, t.columns(),
                Optional.of(new PrimaryKeySnapshot(Optional.of("old_name_pkey"), List.of("id"))), t.foreignKeys(),
                t.uniques(), t.checks(), t.indexes()));
        assertEquals(List.of(), compare(renamed, Dialect.POSTGRESQL));
        Snapshot wrong = changeTable(matching(Dialect.POSTGRESQL), "order", t -> with(t, t.columns(),
                Optional.of(new PrimaryKeySnapshot(Optional.of("order_pkey"), List.of("id"))), t.foreignKeys(),
                t.uniques(), t.checks(), t.indexes()));
        assertEquals(List.of(new Difference("table order / primary key", "pk_order (id)", "order_pkey (id)")),
                compare(wrong, Dialect.POSTGRESQL));
    }

    @Test
    void checkExpressionsAreComparedOnSqliteOnly() {
        for (Dialect d : Dialect.values()) {
            Snapshot s = changeTable(matching(d), "order", t -> {
                SortedMap<String, CheckSnapshot> checks = new TreeMap<>(t.checks());
                checks.put("ck_extra", new CheckSnapshot("ck_extra", "id > 0"));
                return with(t, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), checks, t.indexes());
            });
            String shown = d == Dialect.SQLITE ? "id > 0" : BlindSpots.NOT_COMPARED;
            assertEquals(List.of(new Difference("table order / check ck_extra", Difference.ABSENT, shown)),
                    compare(s, d), d.cliName);
        }
    }

    @Test
    void mysqlFamilyToleratesOnlyTheIndexInnodbLeftForADroppedForeignKeyOnItsColumns() {
        // an earlier model had fk_order_gone on (user_id); InnoDB kept its index when the key was dropped
        Table order = ModelProjectionTest.MODEL.table("order").orElseThrow();
        List<ForeignKey> fks = new ArrayList<>(order.foreignKeys());
        fks.add(new ForeignKey("fk_order_gone", List.of("user_id"), "user", List.of("id"), ForeignKey.Action.NO_ACTION,
                ForeignKey.Action.NO_ACTION));
        List<Schema> seen = List.of(ModelProjectionTest.MODEL.withTable(order.withForeignKeys(fks)),
                ModelProjectionTest.MODEL);
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            Snapshot s = changeTable(matching(d), "order", t -> {
                SortedMap<String, IndexSnapshot> indexes = new TreeMap<>(t.indexes());
                indexes.put("fk_order_gone", new IndexSnapshot("fk_order_gone", List.of("user_id"), false));
                indexes.put("ix_behind_the_model", new IndexSnapshot("ix_behind_the_model", List.of("user_id"), false));
                SortedMap<String, UniqueSnapshot> uniques = new TreeMap<>(t.uniques());
                uniques.put("ux_extra", new UniqueSnapshot("ux_extra", List.of("user_id")));
                return with(t, t.columns(), t.primaryKey(), t.foreignKeys(), uniques, t.checks(), indexes);
            });
            assertEquals(List.of("table order / unique ux_extra", "table order / index ix_behind_the_model"),
                    objects(ExpectedSchema.compare(ModelProjectionTest.MODEL, seen, s, d, VERSION_TABLE)), d.cliName);
            assertEquals(List.of("table order / unique ux_extra", "table order / index fk_order_gone",
                    "table order / index ix_behind_the_model"), objects(compare(s, d)),
                    d.cliName + ": without that key in the history the index is reported");
            Snapshot otherColumns = changeTable(matching(d), "order", t -> {
                SortedMap<String, IndexSnapshot> indexes = new TreeMap<>(t.indexes());
                indexes.put("fk_order_gone", new IndexSnapshot("fk_order_gone", List.of("id", "user_id"), false));
                return with(t, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), indexes);
            });
            assertEquals(List.of("table order / index fk_order_gone"), objects(ExpectedSchema.compare(
                    ModelProjectionTest.MODEL, seen, otherColumns, d, VERSION_TABLE)), d.cliName + ": not the key's columns");
        }
        Snapshot pg = changeTable(matching(Dialect.POSTGRESQL), "order", t -> {
            SortedMap<String, IndexSnapshot> indexes = new TreeMap<>(t.indexes());
            indexes.put("fk_order_gone", new IndexSnapshot("fk_order_gone", List.of("user_id"), false));
            return with(t, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), indexes);
        });
        assertEquals(List.of("table order / index fk_order_gone"), objects(ExpectedSchema.compare(
                ModelProjectionTest.MODEL, seen, pg, Dialect.POSTGRESQL, VERSION_TABLE)));
    }

    /** A name the chain gives that looks derived (MySQL c_ibfk_1, PostgreSQL t_a_fkey) is compared by name. */
    @Test
    void aDerivedLookingNameTheModelGivesIsKeptAndOneItDoesNotGiveIsSynthetic() {
        Table order = ModelProjectionTest.MODEL.table("order").orElseThrow();
        ForeignKey first = order.foreignKeys().get(0);
        for (String derivedLooking : List.of("order_ibfk_1", "order_user_id_fkey", "constraint_1a")) {
            List<ForeignKey> fks = new ArrayList<>(order.foreignKeys());
            fks.set(0, new ForeignKey(derivedLooking, first.columns(), first.refTable(), first.refColumns(),
                    first.onDelete(), first.onUpdate()));
            Schema model = ModelProjectionTest.MODEL.withTable(order.withForeignKeys(fks));
            for (Dialect d : Dialect.values()) {
                Snapshot live = ModelProjection.forDialect(d).project(model);
                assertEquals(List.of(), ExpectedSchema.compare(model, live, d, VERSION_TABLE), d.cliName);
                // the model names it otherwise: the derived-looking name in the database is not the model's key
                assertEquals(List.of("table order / foreign key " + first.name(), "table order / foreign key ~fk("
                        + String.join(",", live.tables().get("order").foreignKeys().get(derivedLooking).columns()) + ")"),
                        objects(ExpectedSchema.compare(ModelProjectionTest.MODEL, live, d, VERSION_TABLE)),
                        d.cliName + " " + derivedLooking);
            }
        }
    }

    @Test
    void aMissingTableIsNamedAndTheVersionTableIsNeverExpected() {
        Snapshot m = matching(Dialect.H2);
        SortedMap<String, TableSnapshot> tables = new TreeMap<>(m.tables());
        tables.remove("order");
        tables.remove(VERSION_TABLE);
        assertEquals(List.of("table order"), objects(compare(new Snapshot(tables, m.enums(), m.views(), List.of()),
                Dialect.H2)));
    }
}
