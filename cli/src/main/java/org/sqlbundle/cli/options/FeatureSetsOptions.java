package org.sqlbundle.cli.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.chain.FeatureNames;
import org.sqlbundle.compiler.internal.plan.ChainModel;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which feature sets check and lint build the model for. A chain must fit the model for every set a site can enable,
 * but two features may be mutually exclusive (each creates the same table), so "all on" is not always a real site:
 * {@code feature_sets:} in sqlbundle.yaml lists the real ones. Without it, no features and all features.
 */
public final class FeatureSetsOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private final RunContext context;

    public FeatureSetsOptions(RunContext context) {
        this.context = context;
    }

    @Option(names = "--feature", paramLabel = "FEATURE", split = ",",
            description = "Check only with these features enabled (repeatable; default: every set of 'feature_sets' "
                    + "in sqlbundle.yaml, else no features and all features).")
    private List<String> features = new ArrayList<>();

    @Option(names = "--all-feature-sets",
            description = "Check each set of 'feature_sets' in sqlbundle.yaml on its own (it must declare some).")
    private boolean allFeatureSets;

    /**
     * Builds the model once per feature set; a failure is reported with the set it happened in. Without --feature
     * or feature_sets: all features, and with {@code alsoNone} no features too.
     */
    public List<ChainModel> build(Chain chain, boolean alsoNone) {
        ConfigFile config = context.config(mixee);
        // the compile features of the config are not used here, but a typo in them is still caught
        List<String> configured = config.value("features").map(v -> List.of(v.split(","))).orElse(List.of());
        FeatureNames.check(chain, configured, config.position("features"));
        List<ChainModel> models = new ArrayList<>();
        for (Map.Entry<String, List<String>> set : sets(chain, config, alsoNone).entrySet()) {
            try {
                models.add(ChainModel.build(chain, set.getValue()));
            } catch (SqlbundleException e) {
                if (e.problems().isEmpty()) {
                    throw e;
                }
                throw SqlbundleException.badInput(e.problems().stream().map(p -> new Problem(p.pos(), p.code(),
                        set.getKey() + ": " + p.message(), p.hint())).toList());
            }
        }
        return models;
    }

    /** Label ("with features [a, b]") -> the set, in the order they are checked. */
    private Map<String, List<String>> sets(Chain chain, ConfigFile config, boolean alsoNone) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<List<String>> declared = config.featureSets();
        if (!features.isEmpty()) {
            FeatureNames.check(chain, features, SourcePos.ofFile("--feature"));
            out.put(label(features), List.copyOf(features));
        } else if (allFeatureSets || !declared.isEmpty()) {
            if (declared.isEmpty()) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--all-feature-sets"), "E085",
                        config.source() + " declares no feature_sets", "declare the sets sites enable, e.g. "
                                + "'feature_sets: [[lbaas], [lbaas_v2]]', or leave --all-feature-sets out"));
            }
            for (List<String> set : declared) {
                FeatureNames.check(chain, set, config.position("feature_sets"));
                out.put(label(set), set);
            }
        } else {
            SortedSet<String> all = FeatureNames.known(chain);
            if (alsoNone || all.isEmpty()) {
                out.put(label(List.of()), List.of());
            }
            if (!all.isEmpty()) {
                out.put(label(List.copyOf(all)), List.copyOf(all));
            }
        }
        return out;
    }

    private static String label(List<String> set) {
        return set.isEmpty() ? "with no features" : "with features [" + String.join(", ", set) + "]";
    }
}
