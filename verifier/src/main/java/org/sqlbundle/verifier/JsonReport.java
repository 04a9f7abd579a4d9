package org.sqlbundle.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The machine report: the whole result as JSON, keys in a fixed order; {@code durationMillis} is the only timing. */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The report as indented JSON ending in a newline; pure (no I/O). */
    public static String render(VerificationResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("passed", r.passed());
        root.put("chain", r.chain());
        root.put("dialect", r.dialect());
        root.put("target", r.target());
        root.put("range", r.range());
        if (!r.shard().whole()) {
            root.put("shard", r.shard().toString());
        }
        root.put("replay", r.mode().name().toLowerCase(Locale.ROOT));
        root.put("features", r.features());
        root.put("dataRoundTrip", r.data());
        root.put("strict", r.strict());
        root.put("steps", r.steps().stream().map(JsonReport::step).toList());
        root.put("bundleChecks", r.bundleChecks().stream().map(JsonReport::check).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            summary.put(o.label(), r.count(o));
        }
        root.put("summary", summary);
        r.firstFailure().ifPresent(f -> {
            Map<String, Object> first = new LinkedHashMap<>();
            first.put("revision", f.step().map(StepResult::revision).orElse(null));
            first.put("check", f.check().check().label());
            first.put("detail", f.check().detail());
            root.put("firstFailure", first);
        });
        root.put("durationMillis", r.durationMillis());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and lists always serialises", e);
        }
    }

    private static Map<String, Object> step(StepResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.number());
        m.put("revision", s.revision());
        m.put("message", s.message());
        m.put("applied", s.applied());
        m.put("passed", !s.failed());
        m.put("checks", s.checks().stream().map(JsonReport::check).toList());
        return m;
    }

    private static Map<String, Object> check(CheckResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", c.check().label());
        m.put("outcome", c.outcome().label());
        if (!c.detail().isEmpty()) {
            m.put("detail", c.detail());
        }
        if (!c.notes().isEmpty()) {
            m.put("notes", c.notes());
        }
        if (!c.differences().isEmpty()) {
            List<Map<String, String>> diffs = c.differences().stream().map(d -> {
                Map<String, String> dm = new LinkedHashMap<>();
                dm.put("object", d.object());
                dm.put("expected", d.expected());
                dm.put("actual", d.actual());
                return dm;
            }).toList();
            m.put("differences", diffs);
        }
        return m;
    }
}
