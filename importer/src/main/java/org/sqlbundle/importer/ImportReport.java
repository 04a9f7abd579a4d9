package org.sqlbundle.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per revision and call: imported exactly, approximated (how) or not imported (why), plus the feature naming. */
public final class ImportReport {

    /** How one Alembic call (or condition) came across. */
    public enum Status {
        EXACT("exact"), APPROXIMATED("approximated"), NOT_IMPORTED("not imported");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** One line of the report; {@code function} is upgrade, downgrade, module or condition. */
    public record Entry(String revision, String function, String file, int line, String call, Status status,
            List<String> how) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> features = new LinkedHashMap<>();
    private final List<String> revisions = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    void revision(String line) {
        revisions.add(line);
    }

    void feature(String feature, String from) {
        features.merge(feature, from, (a, b) -> a.equals(b) ? a : a + "; " + b);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public Map<String, String> features() {
        return Map.copyOf(features);
    }

    public long count(Status s) {
        return entries.stream().filter(e -> e.status() == s).count();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        List<String> order = new ArrayList<>(revisions);
        entries.stream().map(Entry::revision).filter(r -> !order.contains(r)).distinct().forEach(order::add);
        for (String revision : order) {
            out.append("revision ").append(revision).append('\n');
            entries.stream().filter(e -> e.revision().equals(revision)).forEach(e -> line(out, e));
        }
        if (!features.isEmpty()) {
            out.append("features (rename with --feature-map FILE: condition text -> feature):\n");
            features.forEach((f, from) -> out.append("  ").append(f).append(" <- ").append(from).append('\n'));
        }
        out.append(String.format(Locale.ROOT, "%d revisions: %d calls exact, %d approximated, %d not imported%n",
                revisions.size(), count(Status.EXACT), count(Status.APPROXIMATED), count(Status.NOT_IMPORTED)));
        return out.toString();
    }

    private static void line(StringBuilder out, Entry e) {
        String call = e.call().lines().findFirst().orElse("").strip();
        out.append(String.format(Locale.ROOT, "  %-12s %s:%d %s %s%n", e.status().label, e.file(), e.line(),
                e.function(), call.length() > 80 ? call.substring(0, 77) + "..." : call));
        e.how().forEach(h -> out.append("               ").append(h).append('\n'));
    }

    public String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("revisions", revisions);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("revision", e.revision());
            m.put("function", e.function());
            m.put("file", e.file());
            m.put("line", e.line());
            m.put("call", e.call());
            m.put("status", e.status().label);
            m.put("how", e.how());
            list.add(m);
        }
        doc.put("calls", list);
        doc.put("features", features);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
