package org.sqlbundle.compiler.internal.source;

import java.io.StringReader;
import org.sqlbundle.errors.SqlbundleException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The writer's resolver is the reader: a plain scalar gets the tag of what {@link YamlReader} reads it as, so the
 * emitter leaves a string unquoted exactly when it reads back as that same string. SnakeYAML's own resolver and
 * Jackson's disagree on some scalars (dates, {@code 1:20}, {@code <<} read as text), so neither is asked alone.
 */
public final class ReaderResolver extends Resolver {

    public static final ReaderResolver INSTANCE = new ReaderResolver();

    /** A value that does not read back as itself at all: never written plain. */
    private static final Tag UNREADABLE = new Tag("tag:sqlbundle.org,2026:unreadable");

    private ReaderResolver() {
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit) {
            return super.resolve(kind, value, implicit);
        }
        Node.ScalarNode read;
        try {
            Node root = YamlReader.read(new StringReader("k: " + value + "\n"), "scalar");
            if (!(root instanceof Node.MapNode map) || map.entries().size() != 1
                    || !(map.entries().get("k").value() instanceof Node.ScalarNode s)) {
                return UNREADABLE;
            }
            read = s;
        } catch (SqlbundleException e) {
            return UNREADABLE;
        }
        if (read.type() == Node.ScalarType.NULL) {
            return Tag.NULL;
        }
        if (!read.text().equals(value)) {
            return UNREADABLE;
        }
        return switch (read.type()) {
            case STRING -> Tag.STR;
            case INTEGER -> Tag.INT;
            case DECIMAL -> Tag.FLOAT;
            case BOOLEAN -> Tag.BOOL;
            case NULL -> Tag.NULL;
        };
    }
}
