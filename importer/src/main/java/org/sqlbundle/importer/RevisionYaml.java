package org.sqlbundle.importer;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an imported revision as YAML: ops in block style with their values in flow style, each op's key line
 * carrying its Alembic origin as a comment. Kept to this one class so it can move onto the compiler's revision writer.
 */
final class RevisionYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    // YAML 1.1 reads these as booleans or null, so they are quoted
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null",
            "nan", "inf");

    private RevisionYaml() {
    }

    static String write(ImportedRevision r) {
        StringBuilder out = new StringBuilder();
        out.append("# imported from ").append(r.file()).append(" by sqlbundle import alembic\n");
        out.append("id: ").append(scalar(r.id())).append('\n');
        out.append("parent: ").append(r.parent() == null ? "null" : scalar(r.parent())).append('\n');
        out.append("message: ").append(scalar(r.message())).append('\n');
        if (!r.features().isEmpty()) {
            out.append("when: ").append(flow(Map.of("features", r.features()))).append('\n');
        }
        ops(out, "upgrade", r.upgrade());
        ops(out, "downgrade", r.downgrade());
        return out.toString();
    }

    private static void ops(StringBuilder out, String key, List<YamlOp> ops) {
        out.append(key).append(':').append(ops.isEmpty() ? " []" : "").append('\n');
        for (YamlOp op : ops) {
            for (String note : op.notes()) {
                out.append("  # ").append(note.replace('\n', ' ')).append('\n');
            }
            if (op.name() == null) {
                continue;
            }
            out.append("  - ").append(op.name()).append(":  # alembic: ").append(op.origin()).append('\n');
            for (Map.Entry<String, Object> e : op.body().entrySet()) {
                Object v = e.getValue();
                out.append("      ").append(e.getKey()).append(':');
                if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                    out.append('\n');
                    list.forEach(item -> out.append("        - ").append(flow(item)).append('\n'));
                } else {
                    out.append(' ').append(flow(v)).append('\n');
                }
            }
        }
    }

    static String flow(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{ ");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ").append(scalar(e.getKey().toString())).append(": ")
                        .append(flow(e.getValue()));
                first = false;
            }
            return out.append(" }").toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(flow(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Double || v instanceof BigDecimal) {
            return new BigDecimal(v.toString()).toPlainString();
        }
        return scalar(v.toString());
    }

    /** A string as a plain scalar when it reads back as that same string, else double-quoted (JSON escapes). */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
