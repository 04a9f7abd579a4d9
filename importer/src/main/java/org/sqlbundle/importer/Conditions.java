package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The if tests the reader explored, and what they mean for an op: the features of the innermost condition under which
 * it runs (sqlbundle's when: applies when one of them is enabled). A branch taken when a condition is false has no
 * when: form; its ops are not imported and the report says so at the condition's file:line.
 */
final class Conditions {

    /** The features an op runs under (empty: always), or why it can't be expressed. */
    record Verdict(List<String> features, List<String> notes, String refused) {
    }

    private final Map<String, JsonNode> byId = new HashMap<>();
    private final ImportReport report;

    Conditions(JsonNode conditions, ImportReport report) {
        conditions.forEach(c -> byId.put(c.path("id").asText(), c));
        this.report = report;
    }

    Verdict of(JsonNode when) {
        List<String> features = List.of();
        List<String> notes = new ArrayList<>();
        String refused = null;
        for (JsonNode w : when) {
            JsonNode c = byId.get(w.path("id").asText());
            boolean positive = w.path("value").asBoolean() != c.path("negated").asBoolean();
            String where = c.path("file").asText() + ":" + c.path("line").asInt() + " `" + c.path("text").asText()
                    + "`";
            if (positive) {
                if (!features.isEmpty()) {
                    notes.add("nested condition " + where + " replaces the outer one's features");
                }
                features = names(c);
            } else {
                refused = "runs only when " + where + " is " + w.path("value").asBoolean()
                        + ", i.e. when its plugins are NOT configured: when: can't say that";
            }
        }
        if (refused != null && !features.isEmpty()) {
            notes.add(refused + "; imported under the features of the positive condition only");
            refused = null;
        }
        return new Verdict(features, notes, refused);
    }

    private List<String> names(JsonNode c) {
        List<String> out = new ArrayList<>();
        for (JsonNode constant : c.path("constants")) {
            String feature = c.path("from_map").asBoolean() ? constant.asText() : featureName(constant.asText());
            if (!out.contains(feature)) {
                out.add(feature);
            }
            report.feature(feature, c.path("from_map").asBoolean() ? "--feature-map: " + c.path("text").asText()
                    : "'" + constant.asText() + "'");
        }
        return out;
    }

    /** 'neutron.services.lb.plugin.LoadBalancerPlugin' -> loadbalancerplugin: a name a person can type. */
    static String featureName(String constant) {
        String last = constant.substring(constant.lastIndexOf('.') + 1);
        String name = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "feature" : name;
    }

    /** Conditions that were not explored: each is reported at its file:line with the branch Python took. */
    void reportUnmapped(java.util.function.Function<String, String> revisionOfFile) {
        byId.keySet().stream().sorted().map(byId::get).filter(c -> !c.path("mapped").asBoolean()).forEach(c -> {
            List<String> how = new ArrayList<>();
            how.add("not mapped to a feature: " + c.path("reason").asText("(no reason)"));
            List<String> taken = new ArrayList<>();
            c.path("evaluated").forEach(v -> taken.add(v.asText()));
            how.add("imported the branch Python takes without a database: test evaluated " + String.join(" and ",
                    taken) + (c.hasNonNull("error") ? " (" + c.path("error").asText() + ")" : ""));
            how.add("hint: map it with --feature-map FILE (\"" + c.path("text").asText() + "\": feature)");
            report.add(new ImportReport.Entry(revisionOfFile.apply(c.path("file").asText()), "condition",
                    c.path("file").asText(), c.path("line").asInt(), "if " + c.path("text").asText(),
                    ImportReport.Status.APPROXIMATED, how));
        });
    }
}
