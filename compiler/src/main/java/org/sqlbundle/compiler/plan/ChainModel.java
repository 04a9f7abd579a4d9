package org.sqlbundle.compiler.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.Progress;
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

    /** Applies the whole chain; throws BAD_INPUT listing the first model error of each revision. */
    public static ChainModel build(Chain chain, Collection<String> enabledFeatures) {
        return build(chain, enabledFeatures, Progress.NONE);
    }

    /** As {@link #build(Chain, Collection)}, reporting each revision applied to {@code progress}. */
    public static ChainModel build(Chain chain, Collection<String> enabledFeatures, Progress progress) {
        Set<String> features = new TreeSet<>(enabledFeatures);
        List<RevisionPlan> plans = new ArrayList<>(chain.size());
        List<Schema> after = new ArrayList<>(chain.size());
        List<Problem> problems = new ArrayList<>();
        Schema schema = Schema.EMPTY;
        for (int i = 0; i < chain.size(); i++) {
            Revision r = chain.at(i);
            try {
                RevisionPlan plan = plan(r, i, schema, features);
                plans.add(plan);
                schema = plan.upgrade().isEmpty() ? schema : plan.upgrade().get(plan.upgrade().size() - 1).after();
            } catch (SqlbundleException e) {
                problems.addAll(e.problems());
                // later revisions build on this one; their errors would only echo it
                break;
            }
            after.add(schema);
            if (Progress.due(i + 1, chain.size())) {
                progress.step(i + 1, chain.size(), "checking " + r.id());
            }
        }
        if (!problems.isEmpty()) {
            throw SqlbundleException.badInput(problems);
        }
        return new ChainModel(chain, features, List.copyOf(plans), List.copyOf(after));
    }

    private static RevisionPlan plan(Revision r, int position, Schema start, Set<String> features) {
        if (!r.appliesTo(features)) {
            return new RevisionPlan(r, position, false, List.of(), List.of(), r.downgrade().isEmpty());
        }
        List<PlannedOp> up = new ArrayList<>(r.upgrade().size());
        List<List<Op>> derived = new ArrayList<>();
        Schema s = start;
        for (Op op : r.upgrade()) {
            Schema next = op.apply(s);
            up.add(new PlannedOp(op, s, next, op.destructiveReason(s)));
            if (r.downgrade().isEmpty()) {
                derived.add(reverseOf(r, op, s));
            }
            s = next;
        }
        List<Op> downOps;
        if (r.downgrade().isPresent()) {
            downOps = r.downgrade().get();
        } else {
            downOps = new ArrayList<>();
            for (int k = derived.size() - 1; k >= 0; k--) {
                downOps.addAll(derived.get(k));
            }
        }
        List<PlannedOp> down = new ArrayList<>(downOps.size());
        for (Op op : downOps) {
            Schema next = op.apply(s);
            down.add(new PlannedOp(op, s, next, op.destructiveReason(s)));
            s = next;
        }
        return new RevisionPlan(r, position, true, up, down, r.downgrade().isEmpty());
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
