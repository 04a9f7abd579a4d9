package org.sqlbundle.compiler.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.compiler.chain.Revision;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.ops.Op;
import org.sqlbundle.compiler.ops.Reversal;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * The chain applied to the in-memory schema model, once, for one set of enabled features. It validates
 * every op, derives omitted downgrades, and keeps the expected schema after every revision: the
 * verifier compares real databases against {@link #schemaAt}. Schemas are persistent, so keeping one
 * per revision shares almost everything.
 */
public final class ChainModel {

    private final Chain chain;
    private final Set<String> features;
    private final List<RevisionPlan> plans;
    private final List<Schema> after;

    private ChainModel(Chain chain, Set<String> features, List<RevisionPlan> plans, List<Schema> after) {
        this.chain = chain;
        this.features = features;
        this.plans = plans;
        this.after = after;
    }

    /**
     * Applies the whole chain; throws BAD_INPUT listing every independent model error (see {@link ModelErrors}):
     * an op that does not fit is skipped and the pass goes on, so one run shows the errors of every revision.
     */
    public static ChainModel build(Chain chain, Collection<String> enabledFeatures) {
        Set<String> features = new TreeSet<>(enabledFeatures);
        List<RevisionPlan> plans = new ArrayList<>(chain.size());
        List<Schema> after = new ArrayList<>(chain.size());
        ModelErrors errors = new ModelErrors();
        Schema schema = Schema.EMPTY;
        for (int i = 0; i < chain.size(); i++) {
            Planned planned = plan(chain.at(i), i, schema, features, errors);
            plans.add(planned.plan());
            schema = planned.end();
            after.add(schema);
        }
        if (errors.any()) {
            throw SqlbundleException.badInput(errors.problems());
        }
        return new ChainModel(chain, features, List.copyOf(plans), List.copyOf(after));
    }

    /** A revision's plan and the schema after its upgrade (the ops that fit, when some did not). */
    private record Planned(RevisionPlan plan, Schema end) {
    }

    private static Planned plan(Revision r, int position, Schema start, Set<String> features, ModelErrors errors) {
        if (!r.appliesTo(features)) {
            return new Planned(new RevisionPlan(r, position, false, List.of(), List.of(), r.downgrade().isEmpty()),
                    start);
        }
        List<PlannedOp> up = new ArrayList<>(r.upgrade().size());
        List<List<Op>> derived = new ArrayList<>();
        boolean upgradeFits = true;
        Schema s = start;
        for (Op op : r.upgrade()) {
            Schema next;
            try {
                next = op.apply(s);
            } catch (SqlbundleException e) {
                errors.failed(op, e);
                upgradeFits = false;
                continue;
            }
            up.add(new PlannedOp(op, s, next, op.destructiveReason(s)));
            if (r.downgrade().isEmpty()) {
                try {
                    derived.add(reverseOf(r, op, s));
                } catch (SqlbundleException e) {
                    // the op fits, only its undo can't be derived: later ops build on it as written
                    errors.report(e);
                    upgradeFits = false;
                }
            }
            s = next;
        }
        Schema end = s;
        List<PlannedOp> down = new ArrayList<>();
        // a downgrade is checked against the upgrade's result: with an op of it missing, its errors would be echoes
        if (upgradeFits) {
            List<Op> downOps;
            if (r.downgrade().isPresent()) {
                downOps = r.downgrade().get();
            } else {
                downOps = new ArrayList<>();
                for (int k = derived.size() - 1; k >= 0; k--) {
                    downOps.addAll(derived.get(k));
                }
            }
            for (Op op : downOps) {
                try {
                    Schema next = op.apply(s);
                    down.add(new PlannedOp(op, s, next, op.destructiveReason(s)));
                    s = next;
                } catch (SqlbundleException e) {
                    errors.failed(op, e);
                    break;
                }
            }
        }
        return new Planned(new RevisionPlan(r, position, true, up, down, r.downgrade().isEmpty()), end);
    }

    private static List<Op> reverseOf(Revision r, Op op, Schema before) {
        Reversal reversal = op.reverse(before);
        if (!reversal.isReversible()) {
            throw SqlbundleException.badInput(Problem.of(op.pos(), "E140", "revision " + r.id() + ": "
                    + reversal.irreversibleReason().orElseThrow() + ", and the revision has no 'downgrade:'",
                    "write an explicit downgrade: list for this revision (all of its ops, in undo order)"));
        }
        return reversal.ops();
    }

    public Chain chain() {
        return chain;
    }

    public Set<String> features() {
        return features;
    }

    public RevisionPlan plan(int position) {
        return plans.get(position);
    }

    /** The expected schema with revisions up to {@code position} applied; {@link Chain#BASE} is empty. */
    public Schema schemaAt(int position) {
        return position == Chain.BASE ? Schema.EMPTY : after.get(position);
    }
}
