package org.sqlbundle.compiler.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.Range;
import org.sqlbundle.compiler.internal.chain.FeatureNames;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Per-op {@code when: {features: [...]}}: the op (and its derived undo) exists only when one of its features is
 * enabled; the model, the static symmetry proof, feature names and bundle comments all see it that way.
 */
class OpWhenTest {

    static final String BASE = """
            id: a1
            parent: null
            message: base
            upgrade:
              - create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}]}
              - create_table: {name: lb, columns: [{name: id, type: integer, primary_key: true}], when: {features: [lbaas]}}
              - create_table: {name: fw, columns: [{name: id, type: integer, primary_key: true}], when: {features: [fwaas, vpn]}}
            """;

    @TempDir
    Path dir;

    private Compiler load(List<String> features) {
        return Compiler.configure().chainDir(dir).features(features).load();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anOpRunsOnlyWhenOneOfItsFeaturesIsEnabled() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", """
                id: b2
                parent: a1
                message: derived undo follows the condition
                upgrade:
                  - add_column: {table: lb, column: {name: vip, type: string(64)}, when: {features: [lbaas]}}
                  - add_column: {table: t, column: {name: n, type: integer}}
                """);
        Schema none = load(List.of()).model().schemaAt(1);
        assertTrue(none.table("t").orElseThrow().hasColumn("n"));
        assertFalse(none.table("lb").isPresent());
        assertFalse(none.table("fw").isPresent());
        Schema lbaas = load(List.of("lbaas")).model().schemaAt(1);
        assertTrue(lbaas.table("lb").orElseThrow().hasColumn("vip"));
        assertFalse(lbaas.table("fw").isPresent());
        assertTrue(load(List.of("vpn")).model().schemaAt(0).table("fw").isPresent());
        // the derived downgrade of b2 drops vip only where it was added
        RevisionPlan withLb = load(List.of("lbaas")).model().plan(1);
        assertEquals(List.of("drop_column", "drop_column"),
                withLb.downgrade().stream().map(p -> p.op().opName()).toList());
        RevisionPlan without = load(List.of()).model().plan(1);
        assertEquals(List.of("drop_column"), without.downgrade().stream().map(p -> p.op().opName()).toList());
        assertEquals(List.of(), load(List.of()).model().asymmetries());
        assertEquals(List.of(), load(List.of("lbaas")).model().asymmetries());
    }

    @Test
    void featuresNamedOnlyByOpsAreKnown() throws IOException {
        write("1.yaml", BASE);
        Chain chain = load(List.of()).chain();
        assertEquals(List.of("fwaas", "lbaas", "vpn"), List.copyOf(FeatureNames.known(chain)));
        FeatureNames.check(chain, List.of("vpn"), org.sqlbundle.errors.SourcePos.ofFile("--feature"));
    }

    @Test
    void anExplicitDowngradeOpWithoutTheConditionIsCaughtByTheSymmetryProof() throws IOException {
        write("1.yaml", BASE);
        write("2.yaml", """
                id: b2
                parent: a1
                message: m
                upgrade:
                  - add_column: {table: t, column: {name: x, type: integer}, when: {features: [lbaas]}}
                downgrade:
                  - drop_column: {table: t, name: x}
                """);
        // without lbaas the downgrade drops a column that was never added: a model error at the downgrade op
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> load(List.of()));
        Problem p = e.problems().get(0);
        assertTrue(p.pos().file().endsWith("2.yaml") && p.pos().line() == 7, p.format());
        write("2.yaml", """
                id: b2
                parent: a1
                message: m
                upgrade:
                  - add_column: {table: t, column: {name: x, type: integer}, when: {features: [lbaas]}}
                downgrade:
                  - drop_column: {table: t, name: x, when: {features: [vpn]}}
                """);
        SqlbundleException asym = assertThrows(SqlbundleException.class,
                () -> Symmetry.enforce(List.of(load(List.of("lbaas")).model()), List.of()));
        assertEquals("E145", asym.problems().get(0).code(), asym.getMessage());
        assertTrue(asym.problems().get(0).message().contains("column t.x"), asym.getMessage());
        write("2.yaml", """
                id: b2
                parent: a1
                message: m
                upgrade:
                  - add_column: {table: t, column: {name: x, type: integer}, when: {features: [lbaas]}}
                downgrade:
                  - drop_column: {table: t, name: x, when: {features: [lbaas]}}
                """);
        for (List<String> set : List.of(List.<String>of(), List.of("lbaas"), List.of("vpn"))) {
            assertEquals(List.of(), Symmetry.enforce(List.of(load(set).model()), List.of()), set.toString());
        }
    }

    @Test
    void aMalformedConditionIsAnErrorAtItsLine() throws IOException {
        write("1.yaml", """
                id: a1
                parent: null
                message: base
                upgrade:
                  - create_table: {name: t, columns: [{name: id, type: integer}], when: {features: []}}
                """);
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> load(List.of()));
        assertEquals(5, e.problems().get(0).pos().line(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("when.features"), e.getMessage());
        write("1.yaml", BASE.replace("when: {features: [lbaas]}", "when: {feature: [lbaas]}"));
        SqlbundleException typo = assertThrows(SqlbundleException.class, () -> load(List.of()));
        assertTrue(typo.getMessage().contains("feature"), typo.getMessage());
    }

    @Test
    void bundlesSayWhichOpsTheyLeaveOut() throws IOException {
        write("1.yaml", BASE);
        Compiler without = load(List.of());
        Chain chain = without.chain();
        String up = without.script(Dialect.SQLITE, new Range(chain, Chain.BASE, 0));
        assertTrue(up.contains("-- skipped op: create_table lb: needs feature lbaas, which is not enabled (1.yaml:6:5)"),
                up);
        assertTrue(up.contains("needs feature fwaas or vpn"), up);
        assertFalse(up.contains("CREATE TABLE lb") || up.contains("create table lb"), up);
        String down = without.script(Dialect.SQLITE, new Range(chain, 0, Chain.BASE));
        assertTrue(down.contains("-- skipped op: create_table lb (its undo): needs feature lbaas"), down);
        String withLb = load(List.of("lbaas")).script(Dialect.POSTGRESQL, new Range(chain, Chain.BASE, 0));
        assertFalse(withLb.contains("skipped op: create_table lb"), withLb);
        assertTrue(withLb.contains("skipped op: create_table fw"), withLb);
    }
}
