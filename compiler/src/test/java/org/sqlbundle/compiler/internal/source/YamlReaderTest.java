package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

class YamlReaderTest {

    private static Node read(String yaml) {
        return YamlReader.read(new StringReader(yaml), "r.yaml");
    }

    private static Problem failure(String yaml) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> read(yaml));
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void nestedNodesKeepTheirLineAndColumn() {
        Node root = read("""
                id: abc
                upgrade:
                  - drop_table:
                      name: pools
                  - rename_table: {name: a, to: b}
                """);
        Node.MapNode map = assertInstanceOf(Node.MapNode.class, root);
        Node.Entry upgrade = map.entries().get("upgrade");
        assertEquals(new SourcePos("r.yaml", 2, 1), upgrade.keyPos());
        Node.ListNode ops = assertInstanceOf(Node.ListNode.class, upgrade.value());
        Node.MapNode first = assertInstanceOf(Node.MapNode.class, ops.items().get(0));
        Node.Entry dropTable = first.entries().get("drop_table");
        assertEquals(new SourcePos("r.yaml", 3, 5), dropTable.keyPos());
        Node.MapNode body = assertInstanceOf(Node.MapNode.class, dropTable.value());
        assertEquals(new SourcePos("r.yaml", 4, 7), body.entries().get("name").keyPos());
        assertEquals(new SourcePos("r.yaml", 4, 13), body.entries().get("name").value().pos());

        Node.MapNode second = assertInstanceOf(Node.MapNode.class, ops.items().get(1));
        Node.MapNode flow = assertInstanceOf(Node.MapNode.class, second.entries().get("rename_table").value());
        assertEquals(5, flow.entries().get("to").keyPos().line());
        assertEquals(29, flow.entries().get("to").keyPos().col());
        assertEquals("r.yaml:5:29", flow.entries().get("to").keyPos().toString());
    }

    @Test
    void scalarsKeepTheirYamlType() {
        Node.MapNode map = (Node.MapNode) read("a: 'true'\nb: true\nc: 12\nd: 1.5\ne: null\nf: x\n");
        assertEquals(Node.ScalarType.STRING, ((Node.ScalarNode) map.entries().get("a").value()).type());
        assertEquals(Node.ScalarType.BOOLEAN, ((Node.ScalarNode) map.entries().get("b").value()).type());
        assertEquals(Node.ScalarType.INTEGER, ((Node.ScalarNode) map.entries().get("c").value()).type());
        assertEquals(Node.ScalarType.DECIMAL, ((Node.ScalarNode) map.entries().get("d").value()).type());
        assertTrue(((Node.ScalarNode) map.entries().get("e").value()).isNull());
        assertEquals("x", ((Node.ScalarNode) map.entries().get("f").value()).text());
    }

    @Test
    void keysKeepFileOrder() {
        Node.MapNode map = (Node.MapNode) read("zeta: 1\nalpha: 2\nmid: 3\n");
        assertEquals(java.util.List.of("zeta", "alpha", "mid"), java.util.List.copyOf(map.entries().keySet()));
    }

    @Test
    void duplicateKeyNamesBothPlaces() {
        Problem p = failure("id: a\nmessage: m\nid: b\n");
        assertEquals("E003", p.code());
        assertEquals(new SourcePos("r.yaml", 3, 1), p.pos());
        assertTrue(p.message().contains("duplicate key 'id'"), p.message());
        assertTrue(p.message().contains("first at r.yaml:1:1"), p.message());
    }

    @Test
    void duplicateKeyInNestedMap() {
        Problem p = failure("upgrade:\n  - drop_table: {name: a, name: b}\n");
        assertEquals("E003", p.code());
        assertEquals(2, p.pos().line());
    }

    @Test
    void invalidYamlReportsTheLine() {
        Problem p = failure("id: a\nparent: null\nupgrade: [a, b\nmessage: x\n");
        assertEquals("E002", p.code());
        assertTrue(p.message().startsWith("not valid YAML"), p.message());
        assertTrue(p.pos().line() >= 3, "line " + p.pos().line());
        assertTrue(p.format().startsWith("r.yaml:" + p.pos().line() + ":"), p.format());
    }

    @Test
    void badIndentationIsInvalidYaml() {
        Problem p = failure("id: a\n  parent: b\n");
        assertEquals("E002", p.code());
        assertEquals(2, p.pos().line());
    }

    @Test
    void emptyFileIsAnError() {
        Problem p = failure("");
        assertEquals("E002", p.code());
        assertTrue(p.message().contains("empty file"), p.message());
        assertEquals("r.yaml:1:1", p.pos().toString());
    }

    @Test
    void commentOnlyFileIsEmpty() {
        assertTrue(failure("# nothing here\n").message().contains("empty file"));
    }

    @Test
    void twoDocumentsAreRefused() {
        Problem p = failure("id: a\n---\nid: b\n");
        assertEquals("E002", p.code());
        assertTrue(p.message().contains("more than one YAML document"), p.message());
    }

    @Test
    void missingFileIsE001() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> YamlReader.read(java.nio.file.Path.of("does/not/exist.yaml"), "exist.yaml"));
        assertEquals("E001", e.problems().get(0).code());
        assertEquals("exist.yaml", e.problems().get(0).pos().toString());
    }
}
