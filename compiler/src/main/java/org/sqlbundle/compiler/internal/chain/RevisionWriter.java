package org.sqlbundle.compiler.internal.chain;

import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.source.YamlScalars;

/**
 * The revision format's writer, the counterpart of {@link RevisionReader}: a whole revision file (or just its op
 * lists) as YAML that reads back as the same revision. Used by every tool that writes revisions (revision -m,
 * autogenerate, importers), so they share one layout and one quoting rule.
 */
public final class RevisionWriter {

    private RevisionWriter() {
    }

    /** An op and the comment lines written above it (without the leading {@code #}), e.g. where it came from. */
    public record Entry(Op op, List<String> comments) {

        public Entry {
            comments = List.copyOf(comments);
        }

        public static Entry of(Op op) {
            return new Entry(op, List.of());
        }

        public static List<Entry> of(List<Op> ops) {
            return ops.stream().map(Entry::of).toList();
        }
    }

    /**
     * What a revision file says. {@code header} is comment lines on top of the file; {@code features} non-empty writes
     * {@code when: {features: [...]}}; an empty {@code downgrade} leaves the key out (the compiler derives it).
     */
    public record NewRevision(List<String> header, String id, Optional<String> parent, String message,
                              List<String> tags, List<String> features, List<Entry> upgrade,
                              Optional<List<Entry>> downgrade) {

        public NewRevision {
            header = List.copyOf(header);
            tags = List.copyOf(tags);
            features = List.copyOf(features);
            upgrade = List.copyOf(upgrade);
            downgrade = downgrade.map(List::copyOf);
        }
    }

    /** The whole file, ending in a newline. */
    public static String write(NewRevision r) {
        StringBuilder out = new StringBuilder();
        r.header().forEach(line -> out.append(comment("", line)));
        out.append("id: ").append(YamlScalars.plainOrQuoted(r.id())).append('\n');
        out.append("parent: ").append(r.parent().map(YamlScalars::plainOrQuoted).orElse("null")).append('\n');
        out.append("message: ").append(YamlScalars.quoted(r.message())).append('\n');
        if (!r.tags().isEmpty()) {
            out.append("tags: ").append(flowList(r.tags())).append('\n');
        }
        if (!r.features().isEmpty()) {
            out.append("when: { features: ").append(flowList(r.features())).append(" }\n");
        }
        out.append(ops("upgrade", r.upgrade()));
        r.downgrade().ifPresent(d -> out.append(ops("downgrade", d)));
        return out.toString();
    }

    /** {@code key:} and its list of ops, each line ending in a newline; {@code key: []} when there are none. */
    public static String ops(String key, List<Entry> entries) {
        if (entries.isEmpty()) {
            return key + ": []\n";
        }
        StringBuilder out = new StringBuilder(key).append(":\n");
        for (Entry e : entries) {
            e.comments().forEach(c -> out.append(comment("  ", c)));
            out.append(OpYamlWriter.op(e.op()));
        }
        return out.toString();
    }

    private static String flowList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlScalars::plainOrQuoted).toList()) + "]";
    }

    /** One comment line per line of {@code text}; characters YAML can't hold in a comment are written as \\uXXXX. */
    private static String comment(String indent, String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1)) {
            out.append(indent).append('#').append(line.isEmpty() ? "" : " ").append(YamlScalars.printable(line))
                    .append('\n');
        }
        return out.toString();
    }
}
