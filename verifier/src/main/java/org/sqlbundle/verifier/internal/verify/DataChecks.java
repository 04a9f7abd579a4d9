package org.sqlbundle.verifier.internal.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.Outcome;
import org.sqlbundle.verifier.internal.data.DataLoss;
import org.sqlbundle.verifier.internal.data.DataRoundTrip;
import org.sqlbundle.verifier.internal.data.SeededRows;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The data round trip of a step: seed rows before it, look for them after the upgrade and after the downgrade.
 * Loss in a revision that declares no destructive op is a failure; declared loss is reported, and fails only
 * when strict. Switched off, it seeds and checks nothing.
 */
public final class DataChecks {

    private final DataRoundTrip roundTrip;
    private final boolean strict;

    private DataChecks(DataRoundTrip roundTrip, boolean strict) {
        this.roundTrip = roundTrip;
        this.strict = strict;
    }

    public static DataChecks of(Dialect dialect, boolean enabled, boolean strict) {
        return new DataChecks(enabled ? new DataRoundTrip(dialect) : null, strict);
    }

    boolean enabled() {
        return roundTrip != null;
    }

    /**
     * Seeds in one transaction: one commit instead of one per row (an fsync each on SQLite), each table's rows as one
     * batch; a refused batch, or row, is rolled back to its savepoint ({@code TableSeeder}), so what is kept is what
     * autocommit would have kept. Only the
     * tables of {@code scope} (every table when empty) and their parents: see {@link DataScope}.
     */
    SeededRows seed(Connection c, Target target, Schema schema, Schema next, Optional<Set<String>> scope) {
        if (!enabled()) {
            return null;
        }
        try {
            c.setAutoCommit(false);
            SeededRows rows = roundTrip.seed(c, schema, Optional.of(next), Map.of(), scope);
            c.commit();
            c.setAutoCommit(true);
            return rows;
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot seed rows on " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The columns (table -> columns, names after the upgrade) whose type the revision changed and whose downgrade
     * does not declare a destructive change of them: rows written after the upgrade use their new width there, so
     * a downgrade that silently truncates or refuses such values is caught. Where the downgrade declares the loss
     * (a narrowing alter_column), writing them would only make a script fail that says it loses data.
     */
    static Map<String, Set<String>> widened(RevisionPlan plan, Schema before, Schema after) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Table t : after.tables().values()) {
            Optional<Table> old = before.table(t.name());
            for (Column c : t.columns()) {
                boolean changed = old.flatMap(o -> o.column(c.name())).filter(o -> !o.type().equals(c.type())).isPresent();
                boolean declared = plan.downgrade().stream().anyMatch(op -> op.destructiveReason().isPresent()
                        && op.op() instanceof AlterColumn a && a.table().equals(t.name()) && a.name().equals(c.name()));
                if (changed && !declared) {
                    out.computeIfAbsent(t.name(), k -> new TreeSet<>()).add(c.name());
                }
            }
        }
        return out;
    }

    /**
     * Just before a step seeds its rows, in one transaction: removes the verifier's own rows of earlier steps that
     * would break what the step adds (see {@code data/Prune}); a note per row it could not remove.
     */
    List<String> prune(Connection c, Target target, Schema before, Schema after) {
        if (!enabled()) {
            return List.of();
        }
        try {
            c.setAutoCommit(false);
            List<String> notes = roundTrip.prune(c, before, after);
            c.commit();
            c.setAutoCommit(true);
            return notes;
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot remove seeded rows on " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * For a step the model can't scope ({@code scope} empty: raw SQL, skipped by its features, overridden templates),
     * the rows earlier steps seeded, as they read before it: its SQL may change any of them. Null otherwise: a
     * modelled op changes every row of the tables it names alike, so the rows the step seeds there show it
     * (docs/verifier.md, "Which rows are read back").
     */
    SeededRows earlierRows(Connection c, Schema before, Optional<Set<String>> scope) {
        return enabled() && scope.isEmpty() ? roundTrip.earlierRows(c, before) : null;
    }

    /** After a step passed: the seeded rows follow its upgrade (the walk leaves each step upgraded). */
    void advance(List<PlannedOp> upgrade, Schema before, Schema after) {
        if (enabled()) {
            roundTrip.advance(upgrade, before, after);
        }
    }

    /**
     * Rows at the post-upgrade shape with full-width values in {@code wide}, passing what the downgrade's shape
     * {@code next} adds back; null when off or nothing widened.
     */
    SeededRows seedWide(Connection c, Target target, Schema schema, Schema next, Map<String, Set<String>> wide) {
        if (!enabled() || wide.isEmpty()) {
            return null;
        }
        try {
            c.setAutoCommit(false);
            // only the widened tables (and their parents): the others got their rows before the upgrade
            SeededRows rows = roundTrip.seed(c, schema, Optional.of(next), wide, Optional.of(wide.keySet()));
            c.commit();
            c.setAutoCommit(true);
            return rows;
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot seed rows on " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    /** What the downgrade did to the full-width values of {@link #seedWide}. */
    List<DataLoss> checkWide(Connection c, SeededRows rows, List<PlannedOp> applied, Schema now,
                             Map<String, Set<String>> wide) {
        return rows == null ? List.of() : roundTrip.check(c, rows, applied, now, wide);
    }

    List<DataLoss> check(Connection c, SeededRows rows, List<PlannedOp> applied, Schema now) {
        return enabled() && rows != null ? roundTrip.check(c, rows, applied, now) : List.of();
    }

    /** {@code notSeeded}: table -> why no rows could be generated for it (see {@link SeededRows#skipped}). */
    CheckResult judge(RevisionPlan plan, java.util.Map<String, String> notSeeded, List<DataLoss> byUpgrade,
                      List<DataLoss> byDowngrade) {
        // a table no generated row fits is not checked; say so rather than pass it silently
        List<String> unseeded = new ArrayList<>();
        new java.util.TreeMap<>(notSeeded).forEach((table, why) -> unseeded.add("not seeded: table " + table + ": " + why));
        List<String> notes = new ArrayList<>();
        byUpgrade.forEach(l -> notes.add("lost by the upgrade: " + l.format()));
        byDowngrade.forEach(l -> notes.add("lost after the downgrade: " + l.format()));
        if (notes.isEmpty()) {
            return new CheckResult(Check.DATA_ROUND_TRIP, Outcome.PASSED, "", List.of(), unseeded);
        }
        notes.addAll(unseeded);
        List<String> declaredUp = plan.destructiveReasons(true);
        List<String> declaredDown = plan.destructiveReasons(false);
        // a downgrade cannot bring back what a destructive upgrade dropped, so either direction's declaration covers it
        boolean undeclared = (!byUpgrade.isEmpty() && declaredUp.isEmpty())
                || (!byDowngrade.isEmpty() && declaredUp.isEmpty() && declaredDown.isEmpty());
        if (undeclared) {
            return new CheckResult(Check.DATA_ROUND_TRIP, Outcome.FAILED,
                    "rows were lost in a revision that declares no destructive op", List.of(), notes);
        }
        List<String> declared = new ArrayList<>(declaredUp);
        declared.addAll(declaredDown);
        notes.add("declared destructive: " + String.join("; ", declared));
        return new CheckResult(Check.DATA_ROUND_TRIP, strict ? Outcome.FAILED : Outcome.REPORTED,
                "rows were lost as the revision declares" + (strict ? " (fails under --strict)" : ""),
                List.of(), notes);
    }
}
