package org.sqlbundle.compiler.internal.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The static symmetry proof's verdict: every asymmetric downgrade is an error (E145) unless allowed, by the
 * revision's {@code symmetry: {allow_asymmetric: "why"}} or by {@code --allow-asymmetric REV}; allowed ones are
 * returned as warnings, so they are still reported.
 */
public final class Symmetry {

    private Symmetry() {
    }

    /** Throws BAD_INPUT listing every asymmetry not allowed; returns the allowed ones as warnings. */
    public static List<Problem> enforce(Collection<ChainModel> models, Collection<String> allowedRefs) {
        if (models.isEmpty()) {
            return List.of();
        }
        Chain chain = models.iterator().next().chain();
        Set<String> allowed = new LinkedHashSet<>();
        for (String ref : allowedRefs) {
            allowed.add(chain.at(chain.resolve(ref)).id());
        }
        // several feature sets may find the same asymmetry: report it once
        Set<Problem> errors = new LinkedHashSet<>();
        Set<Problem> warnings = new LinkedHashSet<>();
        for (ChainModel model : models) {
            for (Asymmetry a : model.asymmetries()) {
                if (a.allowedInFile()) {
                    warnings.add(a.allowed("allowed by the revision: " + a.revision().asymmetryAllowed().get()));
                } else if (allowed.contains(a.revision().id())) {
                    warnings.add(a.allowed("allowed by --allow-asymmetric"));
                } else {
                    errors.add(a.problem());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw SqlbundleException.badInput(new ArrayList<>(errors));
        }
        return List.copyOf(warnings);
    }

    /** The note for revisions with raw SQL, whose effect the model can't see. */
    public static List<String> unmodelledNotes(Collection<ChainModel> models) {
        java.util.SortedMap<Integer, String> notes = new java.util.TreeMap<>();
        for (ChainModel model : models) {
            for (RevisionPlan plan : model.plansWithSql()) {
                notes.put(plan.position(), "revision " + plan.revision().id() + ": contains sql ops; symmetry proven for the modelled "
                        + "ops only, verify proves the rest");
            }
        }
        return List.copyOf(notes.values());
    }
}
