package org.sqlbundle.compiler.internal.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Progress;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.Reversal;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

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
    private final List<Asymmetry> asymmetries;

    private ChainModel(Chain chain, Set<String> features, List<RevisionPlan> plans, List<Schema> after,
                       List<Asymmetry> asymmetries) {
        this.chain = chain;
        this.features = features;
        this.plans = plans;
        this.after = after;
        this.asymmetries = asymmetries;
    }

    /**
     * Applies the whole chain; throws BAD_INPUT listing every independent model error (see {@link ModelErrors}):
     * an op that does not fit is skipped and the pass goes on, so one run shows the errors of every revision.
     */
    public static ChainModel build(Chain chain, Collection<String> enabledFeatures) {
        return build(chain, enabledFeatures, Progress.NONE);
    }

    /** As {@link #build(Chain, Collection)}, reporting each revision applied to {@code progress}. */
    public static ChainModel build(Chain chain, Collection<String> enabledFeatures, Progress progress) {
        Set<String> features = new TreeSet<>(enabledFeatures);
        List<RevisionPlan> plans = new ArrayList<>(chain.size());
        List<Schema> after = new ArrayList<>(chain.size());
        ModelErrors errors = new ModelErrors();
        List<Asymmetry> asymmetries = new ArrayList<>();
        Schema schema = Schema.EMPTY;
        for (int i = 0; i < chain.size(); i++) {
            Revision r = chain.at(i);
            Planned planned = plan(r, i, schema, features, errors);
            plans.add(planned.plan());
            if (!errors.any()) {
                // with a model error the build fails anyway; a half-applied revision proves nothing
                asymmetries.addAll(asymmetries(planned.plan(), schema));
            }
            schema = planned.end();
            after.add(schema);
            if (Progress.due(i + 1, chain.size())) {
                progress.step(i + 1, chain.size(), "checking " + r.id());
            }
        }
        if (errors.any()) {
            throw SqlbundleException.badInput(errors.problems());
        }
        return new ChainModel(chain, features, List.copyOf(plans), List.copyOf(after), List.copyOf(asymmetries));
    }

    /**
     * The static symmetry proof of one revision: its downgrade, applied to the model after its upgrade, must give
     * the model before it. Only the objects the revision's ops changed are compared, so this costs as much as the
     * ops, not as the schema.
     */
    private static List<Asymmetry> asymmetries(RevisionPlan plan, Schema start) {
        if (!plan.applied()) {
            return List.of();
        }
        Schema end = plan.downgrade().isEmpty()
                ? plan.upgrade().isEmpty() ? start : plan.upgrade().get(plan.upgrade().size() - 1).after()
                : plan.downgrade().get(plan.downgrade().size() - 1).after();
        if (end == start) {
            return List.of();
        }
        // every schema here was derived from start by ops, so its change log reaches back to start; were one built
        // afresh, comparing every object is slower but still right
        Schema.Changes changed = end.changedSince(start).orElseGet(() -> everything(start, end));
        List<Asymmetry> out = new ArrayList<>();
        for (SchemaComparison.Difference d : SchemaComparison.between(start, end, changed)) {
            out.add(new Asymmetry(plan.revision(), locate(plan, d), d.object(), d.what()));
        }
        return out;
    }

    private static Schema.Changes everything(Schema a, Schema b) {
        Schema.Changes all = new Schema.Changes(new TreeSet<>(a.tables().keySet()), new TreeSet<>(a.enums().keySet()),
                new TreeSet<>(a.views().keySet()));
        all.tables().addAll(b.tables().keySet());
        all.enums().addAll(b.enums().keySet());
        all.views().addAll(b.views().keySet());
        return all;
    }

    /** The downgrade op that last changed the object, else the revision's downgrade: key. */
    private static SourcePos locate(RevisionPlan plan, SchemaComparison.Difference d) {
        if (!plan.downgradeDerived()) {
            for (int k = plan.downgrade().size() - 1; k >= 0; k--) {
                PlannedOp p = plan.downgrade().get(k);
                Object before = switch (d.kind()) {
                    case 'e' -> p.before().enums().get(d.owner());
                    case 'v' -> p.before().views().get(d.owner());
                    default -> p.before().tables().get(d.owner());
                };
                Object after = switch (d.kind()) {
                    case 'e' -> p.after().enums().get(d.owner());
                    case 'v' -> p.after().views().get(d.owner());
                    default -> p.after().tables().get(d.owner());
                };
                if (before != after) {
                    return p.op().pos();
                }
            }
        }
        return plan.revision().downgradePos();
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
            if (!r.opAppliesTo(op, features)) {
                // a conditional op not enabled is not there at all, nor is its derived undo
                continue;
            }
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
                if (r.downgrade().isPresent() && !r.opAppliesTo(op, features)) {
                    continue;
                }
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

    /** Revisions whose downgrade does not give back the model before their upgrade, in chain order. */
    public List<Asymmetry> asymmetries() {
        return asymmetries;
    }

    /** Applied revisions with raw {@code sql} ops, whose effect on the schema the model can't see. */
    public List<RevisionPlan> plansWithSql() {
        List<RevisionPlan> out = new ArrayList<>();
        for (RevisionPlan p : plans) {
            if (p.applied() && (hasSql(p.upgrade()) || hasSql(p.downgrade()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean hasSql(List<PlannedOp> ops) {
        for (PlannedOp p : ops) {
            if (p.op() instanceof Sql) {
                return true;
            }
        }
        return false;
    }

    /** The expected schema with revisions up to {@code position} applied; {@link Chain#BASE} is empty. */
    public Schema schemaAt(int position) {
        return position == Chain.BASE ? Schema.EMPTY : after.get(position);
    }
}
