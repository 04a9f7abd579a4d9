package org.sqlbundle.compiler.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.YamlReader;

/**
 * Test fixture: parses a YAML list of ops, applies them to the model one by one and renders each with
 * a renderer, so a test can say "these ops, on this dialect, give these statements" in a few lines.
 */
public final class OpScript {

    private OpScript() {
    }

    /** Parses {@code yaml}, a YAML list of ops such as {@code "- drop_table: {name: t}"}. */
    public static List<Op> ops(String yaml) {
        Node node = YamlReader.read(new StringReader(yaml), "test.yaml");
        return OpReader.readList(((Node.ListNode) node).items());
    }

    /** Applies every op to {@code start}; returns the final schema. */
    public static Schema apply(Schema start, List<Op> ops) {
        Schema s = start;
        for (Op op : ops) {
            s = op.apply(s);
        }
        return s;
    }

    /** The result of rendering a list of ops: statements in order, and the schema after the last op. */
    public record Rendered(List<String> statements, Schema after) {
    }

    /** Applies and renders each op in turn, starting from {@code start}. */
    public static Rendered render(DialectRenderer renderer, Schema start, List<Op> ops) {
        List<String> statements = new ArrayList<>();
        Schema s = start;
        for (Op op : ops) {
            Schema after = op.apply(s);
            statements.addAll(op.accept(renderer, new RenderContext(s, after)));
            s = after;
        }
        return new Rendered(statements, s);
    }

    /** The derived reverse of each op, rendered; ops are undone last first, each from the schema after it. */
    public static Rendered renderReverse(DialectRenderer renderer, Schema start, List<Op> ops) {
        List<Schema> befores = new ArrayList<>();
        Schema s = start;
        for (Op op : ops) {
            befores.add(s);
            s = op.apply(s);
        }
        List<String> statements = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            for (Op undo : ops.get(i).reverse(befores.get(i)).ops()) {
                Schema after = undo.apply(s);
                statements.addAll(undo.accept(renderer, new RenderContext(s, after)));
                s = after;
            }
        }
        return new Rendered(statements, s);
    }
}
