package org.sqlbundle.compiler.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Typed access to the keys of one YAML map, for readers of revisions and ops. Unknown keys are
 * rejected up front with a did-you-mean; every error carries the position of the offending node.
 */
public final class Fields {

    private final Node.MapNode map;
    private final String what;

    private Fields(Node.MapNode map, String what) {
        this.map = map;
        this.what = what;
    }

    /** Reads {@code node} as the map called {@code what} whose keys must be among {@code allowed}. */
    public static Fields of(Node node, String what, Set<String> allowed) {
        if (!(node instanceof Node.MapNode m)) {
            throw error(node.pos(), "E004", what + " must be a map, found " + node.kindName());
        }
        for (Node.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw SqlbundleException.badInput(Problem.of(e.keyPos(), "E005",
                        "unknown key '" + e.key() + "' in " + what, DidYouMean.hint(e.key(), allowed)));
            }
        }
        return new Fields(m, what);
    }

    public SourcePos pos() {
        return map.pos();
    }

    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    public Optional<Node> optional(String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public Node required(String key) {
        return optional(key).orElseThrow(() -> error(map.pos(), "E006",
                what + " is missing the required key '" + key + "'"));
    }

    /** A required non-null scalar, as text (so {@code id: 1234} is the id "1234"). */
    public String string(String key) {
        return text(required(key), what + "." + key);
    }

    public Optional<String> optString(String key) {
        return optional(key).filter(n -> !(n instanceof Node.ScalarNode s && s.isNull()))
                .map(n -> text(n, what + "." + key));
    }

    public boolean bool(String key, boolean fallback) {
        return optional(key).map(n -> {
            if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            throw error(n.pos(), "E004", what + "." + key + " must be true or false, found " + n.kindName());
        }).orElse(fallback);
    }

    public Optional<Integer> optInt(String key) {
        return optional(key).map(n -> {
            if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.INTEGER) {
                return Integer.parseInt(s.text());
            }
            throw error(n.pos(), "E004", what + "." + key + " must be a whole number, found " + n.kindName());
        });
    }

    /** An optional list of scalars; absent or null gives an empty list. A single scalar is not accepted. */
    public List<String> stringList(String key) {
        Optional<Node> node = optional(key);
        if (node.isEmpty() || node.get() instanceof Node.ScalarNode s && s.isNull()) {
            return List.of();
        }
        return strings(node.get(), what + "." + key);
    }

    public List<String> requiredStringList(String key) {
        List<String> list = strings(required(key), what + "." + key);
        if (list.isEmpty()) {
            throw error(required(key).pos(), "E004", what + "." + key + " must not be empty");
        }
        return list;
    }

    /** An optional list of nodes; absent or null gives an empty list. */
    public List<Node> list(String key) {
        Optional<Node> node = optional(key);
        if (node.isEmpty() || node.get() instanceof Node.ScalarNode s && s.isNull()) {
            return List.of();
        }
        if (node.get() instanceof Node.ListNode l) {
            return l.items();
        }
        throw error(node.get().pos(), "E004", what + "." + key + " must be a list, found " + node.get().kindName());
    }

    /** Where the key itself is written (the map's position when absent). */
    public SourcePos keyPos(String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    public SourcePos pos(String key) {
        return optional(key).map(Node::pos).orElse(map.pos());
    }

    public static String text(Node node, String what) {
        if (node instanceof Node.ScalarNode s && !s.isNull()) {
            return s.text();
        }
        throw error(node.pos(), "E004", what + " must be a single value, found " + node.kindName());
    }

    public static List<String> strings(Node node, String what) {
        if (!(node instanceof Node.ListNode l)) {
            throw error(node.pos(), "E004", what + " must be a list, found " + node.kindName());
        }
        List<String> out = new ArrayList<>();
        for (Node item : l.items()) {
            out.add(text(item, what + " item"));
        }
        return List.copyOf(out);
    }

    public static SqlbundleException error(SourcePos pos, String code, String message) {
        return SqlbundleException.badInput(Problem.of(pos, code, message));
    }

    public static SqlbundleException error(SourcePos pos, String code, String message, String hint) {
        return SqlbundleException.badInput(Problem.of(pos, code, message, hint));
    }
}
