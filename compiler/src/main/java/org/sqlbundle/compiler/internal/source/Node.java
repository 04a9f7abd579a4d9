package org.sqlbundle.compiler.internal.source;

import java.util.List;
import java.util.Map;
import org.sqlbundle.errors.SourcePos;

/**
 * A YAML node that remembers where it was written. Jackson's tree model drops locations, so
 * {@link YamlReader} builds these from the streaming parser instead.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    SourcePos pos();

    /** A human word for the node's kind, used in "expected a list, found a map". */
    String kindName();

    /** A mapping; keys keep file order and their own positions. */
    record MapNode(SourcePos pos, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String kindName() {
            return "a map";
        }
    }

    /** One key of a mapping with the position of the key itself. */
    record Entry(String key, SourcePos keyPos, Node value) {
    }

    record ListNode(SourcePos pos, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code text} is the literal text; {@code type} says how YAML typed it, so that
     * {@code 'true'} (a string) and {@code true} (a boolean) stay distinct.
     */
    record ScalarNode(SourcePos pos, String text, ScalarType type) implements Node {
        @Override
        public String kindName() {
            return switch (type) {
                case NULL -> "null";
                case BOOLEAN -> "a boolean";
                case INTEGER, DECIMAL -> "a number";
                case STRING -> "a string";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
