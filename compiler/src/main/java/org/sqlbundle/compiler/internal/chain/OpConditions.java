package org.sqlbundle.compiler.internal.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlbundle.compiler.internal.source.Fields;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.errors.SourcePos;

/**
 * Reads the per-op {@code when: {features: [a, b]}} off an op's body before the op itself is read, so every op
 * accepts it without each op reader knowing: {@code - add_column: {table: t, column: {...}, when: {features: [x]}}}.
 * The condition is kept by the position of the op's name, which is the op's own {@code pos()}.
 */
final class OpConditions {

    static final String KEY = "when";

    private OpConditions() {
    }

    /** The op nodes without their {@code when:} key; each condition found goes into {@code into}. */
    static List<Node> strip(List<Node> ops, Map<SourcePos, List<String>> into) {
        return ops.stream().map(n -> strip(n, into)).toList();
    }

    private static Node strip(Node op, Map<SourcePos, List<String>> into) {
        // a malformed op is left as it is, for the op reader's own error
        if (!(op instanceof Node.MapNode map) || map.entries().size() != 1) {
            return op;
        }
        Node.Entry entry = map.entries().values().iterator().next();
        if (!(entry.value() instanceof Node.MapNode body) || !body.entries().containsKey(KEY)) {
            return op;
        }
        Node when = body.entries().get(KEY).value();
        List<String> features = Fields.of(when, entry.key() + ".when", Set.of("features"))
                .requiredStringList("features");
        into.put(entry.keyPos(), List.copyOf(features));
        Map<String, Node.Entry> rest = new LinkedHashMap<>(body.entries());
        rest.remove(KEY);
        Map<String, Node.Entry> outer = new LinkedHashMap<>();
        outer.put(entry.key(), new Node.Entry(entry.key(), entry.keyPos(), new Node.MapNode(body.pos(), rest)));
        return new Node.MapNode(map.pos(), outer);
    }
}
