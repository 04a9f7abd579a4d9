package org.sqlbundle.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader's JSON -> revisions to write, in chain order (so server-chosen constraint names count as the servers
 * do), and the report. Runs without Python: unit tests feed it JSON.
 */
public final class ChainMapper {

    private final ImportReport report = new ImportReport();
    private final ServerNames names = new ServerNames();
    private final Set<String> enums = new HashSet<>();
    private final OpMapper ops = new OpMapper(names, enums);

    /** The revisions, each with its file name, and the report; E154/E155 when the chain can't be imported. */
    public record Result(Map<String, String> files, ImportReport report) {
    }

    public static Result map(JsonNode read) {
        return new ChainMapper().run(read);
    }

    private Result run(JsonNode read) {
        List<JsonNode> ordered = ChainOrder.order(read.path("revisions"));
        Conditions conditions = new Conditions(read.path("conditions"), report);
        Map<String, String> revisionOfFile = new HashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (JsonNode r : ordered) {
            revisionOfFile.put(r.path("file").asText(), r.path("revision").asText());
            ImportedRevision imported = revision(r, conditions);
            String stem = r.path("file").asText().replaceAll(".*/", "").replaceAll("\\.py$", "");
            files.put(stem + ".yaml", RevisionYaml.write(imported));
            report.revision(imported.id());
        }
        conditions.reportUnmapped(f -> revisionOfFile.getOrDefault(f, "(shared helper)"));
        return new Result(files, report);
    }

    private ImportedRevision revision(JsonNode r, Conditions conditions) {
        String id = r.path("revision").asText();
        Set<String> createdEnums = new HashSet<>(enums);
        List<Placed> up = function(r, "upgrade", conditions);
        Set<String> newEnums = new HashSet<>(enums);
        newEnums.removeAll(createdEnums);
        ServerNames afterUpgrade = names.snapshot();
        Set<String> enumsAfterUpgrade = new HashSet<>(enums);
        List<Placed> down = function(r, "downgrade", conditions);
        dropEnums(down, newEnums);
        // the next revision's upgrade follows this one's upgrade, not its downgrade
        names.restore(afterUpgrade);
        enums.clear();
        enums.addAll(enumsAfterUpgrade);
        for (JsonNode p : r.path("problems")) {
            report.add(new ImportReport.Entry(id, p.path("function").asText(), p.path("file").asText(
                    r.path("file").asText()), p.path("line").asInt(), p.path("message").asText(),
                    ImportReport.Status.NOT_IMPORTED, List.of("the rest of " + p.path("function").asText()
                    + "() was not run: " + p.path("message").asText())));
            Placed note = new Placed(new YamlOp(null, new LinkedHashMap<>(), "", List.of("NOT IMPORTED: "
                    + p.path("file").asText() + ":" + p.path("line").asInt() + " " + p.path("message").asText())),
                    List.of());
            (p.path("function").asText().equals("downgrade") ? down : up).add(note);
        }
        List<String> common = commonFeatures(up, down);
        return new ImportedRevision(r.path("file").asText(), id, parent(r), message(r), common,
                withWhen(up, common), withWhen(down, common));
    }

    /** An op with the features it runs under. */
    private record Placed(YamlOp op, List<String> features) {
    }

    private List<Placed> function(JsonNode r, String fn, Conditions conditions) {
        List<Placed> out = new ArrayList<>();
        String id = r.path("revision").asText();
        for (JsonNode call : r.path(fn)) {
            Conditions.Verdict v = conditions.of(call.path("when"));
            OpMapper.Mapped m = v.refused() == null ? ops.map(call)
                    : new OpMapper.Mapped(List.of(), List.of(), v.refused());
            List<String> how = new ArrayList<>(v.notes());
            how.addAll(m.notes());
            ImportReport.Status status = m.refused() != null ? ImportReport.Status.NOT_IMPORTED
                    : how.isEmpty() ? ImportReport.Status.EXACT : ImportReport.Status.APPROXIMATED;
            if (m.refused() != null) {
                how.add(0, m.refused());
            }
            String origin = call.path("file").asText() + ":" + call.path("line").asInt();
            report.add(new ImportReport.Entry(id, fn, call.path("file").asText(), call.path("line").asInt(),
                    call.path("call").asText(), status, how));
            if (m.refused() != null) {
                List<String> comment = new ArrayList<>();
                comment.add("NOT IMPORTED (" + origin + "): " + m.refused());
                call.path("call").asText().lines().forEach(l -> comment.add("  " + l));
                out.add(new Placed(new YamlOp(null, new LinkedHashMap<>(), origin, comment), List.of()));
                continue;
            }
            for (int i = 0; i < m.ops().size(); i++) {
                YamlOp op = m.ops().get(i);
                out.add(new Placed(i == 0 && !how.isEmpty() ? op.withNotes(how.stream().map(h -> "approximated: "
                        + h).toList()) : op, v.features()));
            }
        }
        return out;
    }

    /** Alembic leaves an enum type behind on PostgreSQL when its table is dropped; the downgrade drops it. */
    private void dropEnums(List<Placed> down, Set<String> created) {
        for (String e : created.stream().sorted().toList()) {
            boolean dropped = down.stream().anyMatch(p -> "drop_enum".equals(p.op().name())
                    && e.equals(p.op().body().get("name")));
            if (!dropped && !down.isEmpty()) {
                String origin = down.get(down.size() - 1).op().origin();
                down.add(new Placed(YamlOp.of("drop_enum", origin, "name", e).withNotes(List.of("added: the upgrade "
                        + "created enum " + e + " (PostgreSQL CREATE TYPE), which Alembic's downgrade leaves behind")),
                        down.get(down.size() - 1).features()));
            }
        }
    }

    private static List<String> commonFeatures(List<Placed> up, List<Placed> down) {
        List<Placed> all = new ArrayList<>(up);
        all.addAll(down);
        List<Placed> real = all.stream().filter(p -> p.op().name() != null).toList();
        if (real.isEmpty() || real.get(0).features().isEmpty()) {
            return List.of();
        }
        List<String> first = real.get(0).features();
        return real.stream().allMatch(p -> p.features().equals(first)) ? first : List.of();
    }

    private static List<YamlOp> withWhen(List<Placed> ops, List<String> revisionFeatures) {
        List<YamlOp> out = new ArrayList<>();
        for (Placed p : ops) {
            if (p.features().isEmpty() || !revisionFeatures.isEmpty() || p.op().name() == null) {
                out.add(p.op());
                continue;
            }
            LinkedHashMap<String, Object> body = new LinkedHashMap<>(p.op().body());
            body.put("when", YamlOp.ordered("features", p.features()));
            out.add(new YamlOp(p.op().name(), body, p.op().origin(), p.op().notes()));
        }
        return out;
    }

    private static String parent(JsonNode r) {
        JsonNode d = r.path("down_revision");
        return d.isTextual() ? d.asText() : null;
    }

    /** The docstring's first line (Alembic's -m message); the file name when there is none. */
    private static String message(JsonNode r) {
        String doc = r.path("doc").asText("").strip();
        String first = doc.lines().findFirst().orElse("").strip();
        return first.isEmpty() ? r.path("file").asText().replaceAll(".*/", "") : first;
    }
}
