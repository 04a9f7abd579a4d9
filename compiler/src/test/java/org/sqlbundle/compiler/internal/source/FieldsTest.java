package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

class FieldsTest {

    private static final Set<String> KEYS = Set.of("id", "parent", "message", "flag", "count", "items", "nodes");

    private static Fields fields(String yaml) {
        return Fields.of(YamlReader.read(new StringReader(yaml), "f.yaml"), "revision", KEYS);
    }

    private static Problem failure(Executable action) {
        SqlbundleException e = assertThrows(SqlbundleException.class, action);
        return e.problems().get(0);
    }

    @Test
    void unknownKeySuggestsTheClosest() {
        Problem p = failure(() -> fields("id: a\nparnet: b\n"));
        assertEquals("E005", p.code());
        assertEquals(new SourcePos("f.yaml", 2, 1), p.pos());
        assertEquals("unknown key 'parnet' in revision", p.message());
        assertEquals(Optional.of("did you mean 'parent'?"), p.hint());
        assertTrue(p.format().contains("f.yaml:2:1: error[E005]"), p.format());
        assertTrue(p.format().contains("hint: did you mean 'parent'?"), p.format());
    }

    @Test
    void unknownKeyFarFromAllListsWhatIsAllowed() {
        Problem p = failure(() -> fields("zzzzzzzz: 1\n"));
        assertEquals("E005", p.code());
        assertEquals(Optional.of("expected one of: count, flag, id, items, message, nodes, parent"), p.hint());
    }

    @Test
    void nonMapIsWrongKind() {
        Problem p = failure(() -> fields("- a\n- b\n"));
        assertEquals("E004", p.code());
        assertEquals("revision must be a map, found a list", p.message());
    }

    @Test
    void typedAccess() {
        Fields f = fields("id: 1234\nparent: null\nflag: true\ncount: 7\nitems: [a, b]\nnodes: [{x: 1}]\n");
        assertEquals("1234", f.string("id"));
        assertEquals(Optional.empty(), f.optString("parent"));
        assertTrue(f.has("parent"));
        assertTrue(f.bool("flag", false));
        assertEquals(Optional.of(7), f.optInt("count"));
        assertEquals(List.of("a", "b"), f.stringList("items"));
        assertEquals(1, f.list("nodes").size());
        assertEquals(List.of(), f.stringList("message"));
        assertEquals(List.of(), f.list("message"));
        assertEquals(Optional.empty(), f.optInt("message"));
        assertEquals(false, f.bool("message", false));
        assertEquals(new SourcePos("f.yaml", 5, 8), f.pos("items"));
        assertEquals(f.pos(), f.pos("message"));
    }

    @Test
    void missingRequiredKeyPointsAtTheMap() {
        Problem p = failure(() -> fields("id: a\n").string("message"));
        assertEquals("E006", p.code());
        assertEquals("revision is missing the required key 'message'", p.message());
        assertEquals(1, p.pos().line());
    }

    @Test
    void wrongKindsAreE004AtTheValue() {
        Fields f = fields("id: [a]\nflag: 'yes'\ncount: x\nitems: abc\nnodes: {a: 1}\nparent: null\nmessage: []\n");
        Problem notScalar = failure(() -> f.string("id"));
        assertEquals("E004", notScalar.code());
        assertEquals("revision.id must be a single value, found a list", notScalar.message());
        assertEquals(new SourcePos("f.yaml", 1, 5), notScalar.pos());

        Problem notBool = failure(() -> f.bool("flag", false));
        assertEquals("revision.flag must be true or false, found a string", notBool.message());
        assertEquals(2, notBool.pos().line());

        assertEquals("revision.count must be a whole number, found a string", failure(() -> f.optInt("count")).message());
        assertEquals("revision.items must be a list, found a string", failure(() -> f.stringList("items")).message());
        assertEquals("revision.nodes must be a list, found a map", failure(() -> f.list("nodes")).message());
        assertEquals("revision.parent must be a single value, found null", failure(() -> f.string("parent")).message());
        Problem empty = failure(() -> f.requiredStringList("message"));
        assertEquals("revision.message must not be empty", empty.message());
        assertEquals(7, empty.pos().line());
    }

    @Test
    void listItemsMustBeScalars() {
        Problem p = failure(() -> fields("items:\n  - a\n  - [b]\n").stringList("items"));
        assertEquals("revision.items item must be a single value, found a list", p.message());
        assertEquals(3, p.pos().line());
    }
}
