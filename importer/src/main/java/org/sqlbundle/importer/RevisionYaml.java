package org.sqlbundle.importer;

import java.util.List;
import java.util.Map;
import org.sqlbundle.compiler.internal.source.YamlScalars;

/**
 * Lays out an imported revision: ops in block style, their values in flow style, each op's key line carrying its
 * Alembic origin as a comment. Every value and comment is written by the compiler's {@link YamlScalars}, the
 * revision format's own writer, so what is written reads back through the compiler's reader as the same value. The ops
 * stay maps (not the compiler's typed ops) because an imported chain may be wrong upstream and must still be written
 * for {@code check} to report at its line.
 */
final class RevisionYaml {

    private RevisionYaml() {
    }

    static String write(ImportedRevision r) {
        StringBuilder out = new StringBuilder();
        out.append(comment("", "imported from " + r.file() + " by sqlbundle import alembic"));
        out.append("id: ").append(YamlScalars.plainOrQuoted(r.id())).append('\n');
        out.append("parent: ").append(r.parent() == null ? "null" : YamlScalars.plainOrQuoted(r.parent())).append('\n');
        out.append("message: ").append(YamlScalars.quoted(r.message())).append('\n');
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
                out.append(comment("  ", note.replace('\n', ' ')));
            }
            if (op.name() == null) {
                continue;
            }
            out.append("  - ").append(op.name()).append(':').append(comment("  ", "alembic: " + op.origin()));
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

    /** One value in flow style, as the compiler writes it. */
    static String flow(Object v) {
        return YamlScalars.value(v);
    }

    private static String comment(String indent, String text) {
        return indent + "# " + YamlScalars.printable(text) + "\n";
    }
}
