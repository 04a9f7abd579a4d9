package org.sqlbundle.verifier.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.plan.PlannedOp;
import org.sqlbundle.compiler.plan.RevisionPlan;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.compiler.source.SqlbundleException;
import org.sqlbundle.verifier.data.DataLoss;
import org.sqlbundle.verifier.data.DataRoundTrip;
import org.sqlbundle.verifier.data.SeededRows;
import org.sqlbundle.verifier.target.Target;

/**
 * The data round trip of a step: seed rows before it, look for them after the upgrade and after the downgrade.
 * Loss in a revision that declares no destructive op is a failure; declared loss is reported, and fails only
 * when strict. Switched off, it seeds and checks nothing.
 */
final class DataChecks {

    private final DataRoundTrip roundTrip;
    private final boolean strict;

    private DataChecks(DataRoundTrip roundTrip, boolean strict) {
        this.roundTrip = roundTrip;
        this.strict = strict;
    }

    static DataChecks of(Dialect dialect, boolean enabled, boolean strict) {
        return new DataChecks(enabled ? new DataRoundTrip(dialect) : null, strict);
    }

    boolean enabled() {
        return roundTrip != null;
    }

    SeededRows seed(Target target, Schema schema) {
        return enabled() ? withConnection(target, c -> roundTrip.seed(c, schema)) : null;
    }

    List<DataLoss> check(Target target, SeededRows rows, List<PlannedOp> applied, Schema now) {
        return enabled() ? withConnection(target, c -> roundTrip.check(c, rows, applied, now)) : List.of();
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

    private static <T> T withConnection(Target target, Function<Connection, T> work) {
        try (Connection c = target.openConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot use the connection to " + target.describe() + ": " + e.getMessage(), e);
        }
    }
}
