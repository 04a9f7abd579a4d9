package org.sqlbundle.compiler.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.YamlReader;

/** A tree read back is the tree written, positions included; a cut tree is refused, never read short. */
class NodeCodecTest {

    private static final String YAML = "id: a1\nparent: null\nmessage: \"caf\u00e9 \u2603 'x'\"\nupgrade:\n"
            + "  - sql:\n      sql: |\n        UPDATE t\n        SET n = 1\n      parse: false\n"
            + "  - insert: {table: t, rows: [{n: 1, d: 2.5, b: true, s: 'true', e: ''}]}\n"
            + "tags: []\nlint: {}\n";

    @Test
    void aTreeReadBackEqualsTheParsedOne() throws IOException {
        Node parsed = YamlReader.read(new StringReader(YAML), "dir/1.yaml");
        byte[] bytes = NodeCodec.encode(parsed);
        byte[] padded = new byte[bytes.length + 10];
        System.arraycopy(bytes, 0, padded, 5, bytes.length);
        assertEquals(parsed, NodeCodec.decode(padded, 5, bytes.length, "dir/1.yaml"));
        assertEquals(new org.sqlbundle.errors.SourcePos("elsewhere.yaml", 1, 1),
                NodeCodec.decode(bytes, 0, bytes.length, "elsewhere.yaml").pos());
    }

    @Test
    void positionsOfAnyValueSurvive() throws IOException {
        Node odd = new Node.ListNode(new org.sqlbundle.errors.SourcePos("f", -1, 0), java.util.List.of(
                new Node.ScalarNode(new org.sqlbundle.errors.SourcePos("f", Integer.MAX_VALUE, Integer.MIN_VALUE),
                        "x", Node.ScalarType.NULL)));
        byte[] bytes = NodeCodec.encode(odd);
        assertEquals(odd, NodeCodec.decode(bytes, 0, bytes.length, "f"));
    }

    @Test
    void everyCutIsRefused() {
        byte[] bytes = NodeCodec.encode(YamlReader.read(new StringReader(YAML), "f"));
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class, () -> NodeCodec.decode(shorter, 0, shorter.length, "f"), "cut at " + cut);
        }
    }
}
