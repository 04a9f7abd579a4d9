package org.sqlbundle.verifier.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Seeds every table of a schema with a few generated rows, and later says which of them a migration
 * lost or changed. Values come from one counter per instance, so they are deterministic and unique
 * across seeds; see docs/verifier.md, "Data round trip".
 */
public final class DataRoundTrip {

    /** Rows per table per seed: enough for one NULL and one non-NULL in each nullable column. */
    static final int ROWS_PER_TABLE = 2;

    private final TableSeeder seeder;
    private final LossCheck lossCheck;
    private final ColumnCounters columnCounters = new ColumnCounters();
    private final OwnRows own = new OwnRows();
    private final Prune prune;
    private long counter;

    public DataRoundTrip(Dialect dialect) {
        this.seeder = new TableSeeder(dialect);
        this.lossCheck = new LossCheck(seeder);
        this.prune = new Prune(dialect, seeder);
    }

    /** Inserts generated rows into every table of {@code schema} (the chain's tables; never the version table); values unique across calls on this instance. */
    public SeededRows seed(Connection connection, Schema schema) {
        return seed(connection, schema, Map.of());
    }

    /** As {@link #seed}, with full-width values in the columns {@code wide} names per table ({@link ValueGenerator}). */
    public SeededRows seed(Connection connection, Schema schema, Map<String, Set<String>> wide) {
        return seed(connection, schema, wide, Optional.empty());
    }

    /**
     * As {@link #seed(Connection, Schema, Map)}, into the tables {@code only} names (every table when empty) and the
     * tables they reference, transitively: a child's row needs parent rows of this seed to point at.
     */
    public SeededRows seed(Connection connection, Schema schema, Map<String, Set<String>> wide,
                           Optional<Set<String>> only) {
        return seed(connection, schema, Optional.empty(), wide, only);
    }

    /**
     * As {@link #seed(Connection, Schema, Map, Optional)}, with rows that also pass what {@code next} (the shape the
     * database moves to next) adds to each table: its checks, NOT NULL columns, foreign keys ({@link LaterShape}).
     */
    public SeededRows seed(Connection connection, Schema schema, Optional<Schema> next, Map<String, Set<String>> wide,
                           Optional<Set<String>> only) {
        Map<String, LaterShape> later = new java.util.HashMap<>();
        Schema keyed = schema;
        for (Table t : schema.tables().values()) {
            LaterShape shape = LaterShape.of(t, next.flatMap(n -> n.table(t.name())), schema);
            later.put(t.name(), shape);
            if (!shape.foreignKeys().isEmpty()) {
                // the keys the next shape adds, as if there now: parents seeded first, children pointing at their rows
                List<org.sqlbundle.compiler.internal.model.ForeignKey> keys = new ArrayList<>(t.foreignKeys());
                keys.addAll(shape.foreignKeys());
                keyed = keyed.withTable(t.withForeignKeys(keys));
            }
        }
        return seedKeyed(connection, keyed, later, wide, only);
    }

    private SeededRows seedKeyed(Connection connection, Schema schema, Map<String, LaterShape> later,
                                 Map<String, Set<String>> wide, Optional<Set<String>> only) {
        Optional<Set<String>> needed = only.map(tables -> ForeignKeyOrder.withParents(schema, tables));
        Map<String, SeededTable> seeded = new LinkedHashMap<>();
        java.util.SortedMap<String, String> skipped = new TreeMap<>();
        try {
            for (Table t : needed.map(n -> ForeignKeyOrder.of(schema, n)).orElseGet(() -> ForeignKeyOrder.of(schema))) {
                RowPlan plan = RowPlan.of(t, later.get(t.name()));
                Optional<List<Map<String, SeededValue>>> batch = seeder.insertBatch(connection, schema, t, plan,
                        counter + 1, ROWS_PER_TABLE, seeded, columnCounters, wide.getOrDefault(t.name(), Set.of()),
                        later.get(t.name()));
                if (batch.isPresent()) {
                    counter += ROWS_PER_TABLE;
                    seeded.put(t.name(), new SeededTable(t, plan.locator(), batch.get()));
                    continue;
                }
                List<Map<String, SeededValue>> rows = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                try {
                    for (int i = 0; i < ROWS_PER_TABLE; i++) {
                        Optional<Map<String, SeededValue>> row =
                                seeder.insert(connection, schema, t, plan, ++counter, i, seeded, errors,
                                        columnCounters, wide.getOrDefault(t.name(), Set.of()), later.get(t.name()));
                        if (row.isEmpty()) {
                            skipped.put(t.name(), (rows.isEmpty() ? "no rows" : "only " + rows.size() + " of "
                                    + ROWS_PER_TABLE + " rows") + ": the database refused every generated row; last: "
                                    + errors.get(errors.size() - 1));
                            break;
                        }
                        rows.add(row.get());
                    }
                } catch (RowBuilder.Unseedable e) {
                    skipped.put(t.name(), e.getMessage());
                }
                seeded.put(t.name(), new SeededTable(t, plan.locator(), rows));
            }
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "seeding test rows failed: " + e.getMessage(), e);
        }
        SeededRows rows = new SeededRows(List.copyOf(seeded.values()), skipped);
        own.add(rows);
        return rows;
    }

    /**
     * Just before a step from {@code before} to {@code after}, and before it seeds its own rows: removes the rows this
     * instance seeded that would break a constraint the step adds ({@link Prune}); returns a note per row it could
     * not remove.
     */
    public List<String> prune(Connection connection, Schema before, Schema after) {
        try {
            return prune.run(connection, own, before, after);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "removing seeded rows before a step failed: " + e.getMessage(), e);
        }
    }

    /** After a step from {@code before}: the seeded rows follow its upgrade's renames, and what it dropped is forgotten. */
    public void advance(List<PlannedOp> upgrade, Schema before, Schema after) {
        own.advance(upgrade, before, after);
    }

    /**
     * The rows earlier seeds left, as the database holds them now (at {@code now}), for a step whose SQL the model
     * can't scope (a raw {@code sql} op, a revision its features skip, overridden templates): such SQL may change any
     * row, older ones included, so they are checked too, against what they hold before the step rather than what was
     * seeded (an earlier step may have changed them as it declared). One read of each table; a row no longer there is
     * not this step's doing and is left out.
     */
    public SeededRows earlierRows(Connection connection, Schema now) {
        List<SeededTable> tables = new ArrayList<>();
        try {
            for (String name : new java.util.TreeSet<>(own.tables())) {
                Optional<Table> table = now.table(name);
                if (table.isPresent()) {
                    tables.addAll(EarlierRows.read(connection, lossCheck, table.get(), own.in(name)));
                }
            }
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "reading the seeded rows of earlier steps failed: " + e.getMessage(), e);
        }
        return new SeededRows(tables, new TreeMap<>());
    }

    /** As {@link #check}, but only the values of the columns {@code only} names per seeded table. */
    public List<DataLoss> check(Connection connection, SeededRows rows, List<PlannedOp> appliedOps, Schema now,
                                Map<String, Set<String>> only) {
        return check(connection, rows, appliedOps, now).stream().filter(l -> l.column().isPresent()
                && rows.tables().stream().anyMatch(t -> (l.table().equals(t.name()) || l.table().startsWith(t.name() + " (now "))
                        && only.getOrDefault(t.name(), Set.of()).contains(l.column().get()))).toList();
    }

    /** What of {@code rows} is missing or changed now; {@code appliedOps} are the ops run since seeding, so renames are followed; {@code now} is the model schema the database is at. */
    public List<DataLoss> check(Connection connection, SeededRows rows, List<PlannedOp> appliedOps, Schema now) {
        RenameTrail trail = new RenameTrail(rows.tables(), appliedOps);
        List<DataLoss> losses = new ArrayList<>();
        try {
            for (SeededTable t : rows.tables()) {
                losses.addAll(lossCheck.check(connection, t, trail, now));
            }
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "reading the seeded rows back failed: " + e.getMessage(), e);
        }
        return losses;
    }
}
