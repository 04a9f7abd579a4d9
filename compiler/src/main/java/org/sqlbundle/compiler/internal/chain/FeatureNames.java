package org.sqlbundle.compiler.internal.chain;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.source.DidYouMean;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Enabled feature names must be ones the chain's revisions name in {@code when:}: a typo ({@code lbass}) would
 * otherwise compile a bundle without the feature, silently.
 */
public final class FeatureNames {

    public static final String CODE = "E039";

    private FeatureNames() {
    }

    /** Every feature some revision's or op's {@code when: {features: [...]}} names, in name order. */
    public static SortedSet<String> known(Chain chain) {
        SortedSet<String> out = new TreeSet<>();
        for (Revision r : chain.revisions()) {
            out.addAll(r.allFeatures());
        }
        return out;
    }

    /** Throws BAD_INPUT (E039 at {@code where}) for the first name the chain does not know. */
    public static void check(Chain chain, Collection<String> names, SourcePos where) {
        SortedSet<String> known = known(chain);
        for (String name : names) {
            if (!known.contains(name)) {
                String message = "unknown feature '" + name + "': " + (known.isEmpty()
                        ? "no revision of " + chain.name() + " has 'when: {features: [...]}'"
                        : "the features of " + chain.name() + " are " + String.join(", ", known));
                throw SqlbundleException.badInput(Problem.of(where, CODE, message, known.isEmpty()
                        ? "leave the feature out" : DidYouMean.hint(name, known)));
            }
        }
    }
}
