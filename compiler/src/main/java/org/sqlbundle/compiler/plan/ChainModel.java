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
    private final RevisionPlan[] plans;
    private final Schema[] after;
    /** How many revisions are planned; written by the builder only, read by everyone (see {@link #awaitPlanned}). */
    private volatile int planned;
    /** Set when the build stopped (a model error, or a bug); accessors beyond it rethrow it as it is. */
    private volatile RuntimeException failure;

    private ChainModel(Chain chain, Set<String> features) {
        this.chain = chain;
        this.features = features;
        this.plans = new RevisionPlan[chain.size()];
        this.after = new Schema[chain.size()];
    }

    /** Applies the whole chain; throws BAD_INPUT listing the first model error of each revision. */
    public static ChainModel build(Chain chain, Collection<String> enabledFeatures) {
        ChainModel model = new ChainModel(chain, new TreeSet<>(enabledFeatures));
        model.applyAll();
        model.awaitBuilt();
        return model;
    }

    /**
     * Starts applying the chain on a background thread and returns at once: {@link #plan} and {@link #schemaAt}
     * wait for the revision they need, so a caller can write revision 1 while revision 5,000 is still being
     * checked. A model error is thrown by the first accessor that needs the failed revision or a later one, and
     * by {@link #awaitBuilt}, which a caller must call before it trusts the whole chain.
     */
    public static ChainModel startBuilding(Chain chain, Collection<String> enabledFeatures) {
        ChainModel model = new ChainModel(chain, new TreeSet<>(enabledFeatures));
        Thread builder = new Thread(model::applyAll, "sqlbundle-model");
        builder.setDaemon(true);
        builder.start();
        return model;
    }

    /** Waits until every revision is planned; throws the model error if there was one. */
    public ChainModel awaitBuilt() {
        awaitPlanned(chain.size() - 1);
        return this;
    }

    private void applyAll() {
        Schema schema = Schema.EMPTY;
        try {
            for (int i = 0; i < chain.size(); i++) {
                RevisionPlan plan = plan(chain.at(i), i, schema, features);
                schema = plan.upgrade().isEmpty() ? schema : plan.upgrade().get(plan.upgrade().size() - 1).after();
                plans[i] = plan;
                after[i] = schema;
                publish(i + 1);
            }
        } catch (RuntimeException e) {
            // a model error stops the build: later revisions build on this one, their errors would only echo it
            fail(e);
        } catch (Error e) {
            fail(new IllegalStateException("applying the chain failed: " + e, e));
            throw e;
        }
    }

    private synchronized void publish(int count) {
        planned = count; // the volatile write publishes the array slots written before it
        notifyAll();
    }

    private synchronized void fail(RuntimeException e) {
        failure = e;
        notifyAll();
    }

    private void awaitPlanned(int position) {
        if (position < planned) {
            return;
        }
        synchronized (this) {
            boolean interrupted = false;
            while (position >= planned && failure == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (position >= planned) {
            throw failure;
        }
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
        SqlOpCheck.check(r.upgrade());
        List<Op> downOps;
        if (r.downgrade().isPresent()) {
            downOps = r.downgrade().get();
            SqlOpCheck.check(downOps);
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
        java.util.Objects.checkIndex(position, plans.length);
        awaitPlanned(position);
        return plans[position];
    }

    /** The expected schema with revisions up to {@code position} applied; {@link Chain#BASE} is empty. */
    public Schema schemaAt(int position) {
        if (position == Chain.BASE) {
            return Schema.EMPTY;
        }
        java.util.Objects.checkIndex(position, after.length);
        awaitPlanned(position);
        return after[position];
    }
}
