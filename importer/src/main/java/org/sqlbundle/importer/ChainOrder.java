package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * The revisions in chain order, base first. sqlbundle chains are linear: a merge revision or a parent with two
 * children is refused (E154), a module that failed to load is E155; a missing parent is written as it is, so
 * {@code check} reports it at the imported file.
 */
final class ChainOrder {

    private ChainOrder() {
    }

    static List<JsonNode> order(JsonNode revisions) {
        List<Problem> problems = new ArrayList<>();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Map<String, List<JsonNode>> children = new HashMap<>();
        for (JsonNode r : revisions) {
            for (JsonNode p : r.path("problems")) {
                if (p.path("fatal").asBoolean()) {
                    problems.add(Problem.of(new SourcePos(p.path("file").asText(), Math.max(1, p.path("line").asInt()),
                            1), "E155", "the revision module failed to load: " + p.path("message").asText(),
                            "it must import under Alembic itself (alembic upgrade --sql would fail the same way)"));
                }
            }
            if (!r.path("problems").isEmpty() && r.path("problems").get(0).path("fatal").asBoolean()) {
                continue;
            }
            if (!r.path("revision").isTextual()) {
                problems.add(Problem.of(new SourcePos(r.path("file").asText(), 1, 1), "E155",
                        "no module-level revision = '...' string", "every Alembic revision file defines revision"));
                continue;
            }
            if (r.path("down_revision").isArray()) {
                problems.add(Problem.of(new SourcePos(r.path("file").asText(), 1, 1), "E154", "revision "
                        + r.path("revision").asText() + " merges " + r.path("down_revision").size()
                        + " branches (down_revision " + r.path("down_revision") + "): sqlbundle chains are linear",
                        "import a linear chain: rebase the branches onto each other in Alembic first"));
                continue;
            }
            byId.put(r.path("revision").asText(), r);
            String parent = r.path("down_revision").isTextual() ? r.path("down_revision").asText() : "";
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
        }
        children.forEach((parent, kids) -> {
            if (kids.size() > 1) {
                problems.add(Problem.of(new SourcePos(kids.get(1).path("file").asText(), 1, 1), "E154",
                        (parent.isEmpty() ? "several base revisions" : "revision " + parent + " has "
                                + kids.size() + " children") + ": " + kids.stream().map(k -> k.path("revision")
                                .asText()).toList() + "; sqlbundle chains are linear",
                        "import a linear chain: rebase the branches onto each other in Alembic first"));
            }
        });
        if (!problems.isEmpty()) {
            throw SqlbundleException.badInput(problems);
        }
        List<JsonNode> out = new ArrayList<>();
        String at = "";
        while (children.containsKey(at) && !out.contains(children.get(at).get(0))) {
            JsonNode next = children.get(at).get(0);
            out.add(next);
            at = next.path("revision").asText();
        }
        // a revision whose parent is missing is written anyway: check names the broken link
        byId.values().stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }
}
