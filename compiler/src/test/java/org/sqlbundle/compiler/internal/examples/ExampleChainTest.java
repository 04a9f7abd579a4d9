package org.sqlbundle.compiler.internal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.Reversal;
import org.sqlbundle.compiler.internal.plan.ChainModel;

/**
 * The shipped example chain (examples/lbaas) must stay valid: it loads as a linear chain, every op fits the
 * model, and every revision's downgrade (explicit or derived) takes the schema back to exactly what it was
 * before that revision, down to the empty schema. Checked with the lbaas feature on and off.
 */
class ExampleChainTest {

    static final Path REPO_ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    static final Path CHAIN_DIR = REPO_ROOT.resolve("examples/lbaas/revisions");
    private static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{12})_[a-z0-9_]+\\.yaml");

    @Test
    void isALinearChainFromFolsomToGrizzly() {
        Chain chain = ChainLoader.load(CHAIN_DIR);
        assertTrue(chain.size() >= 12, "revisions: " + chain.size());
        assertTrue(chain.at(0).isBase());
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(chain.at(i - 1).id(), chain.at(i).parent().orElseThrow(), "parent of " + chain.at(i).id());
        }
        assertEquals(List.of("folsom"), chain.at(0).tags());
        assertEquals(List.of("grizzly"), chain.head().tags());
        for (Revision r : chain.revisions()) {
            var m = FILE_NAME.matcher(Path.of(r.file()).getFileName().toString());
            assertTrue(m.matches() && m.group(1).equals(r.id()), "file name " + r.file() + " is not <id>_<slug>.yaml");
        }
    }

    @Test
    void exercisesFeaturesAndBothKindsOfDowngrade() {
        Chain chain = ChainLoader.load(CHAIN_DIR);
        long lbaasOnly = chain.revisions().stream().filter(r -> r.features().equals(List.of("lbaas"))).count();
        long explicit = chain.revisions().stream().filter(r -> r.downgrade().isPresent()).count();
        assertTrue(lbaasOnly >= 2, "revisions with when: {features: [lbaas]}: " + lbaasOnly);
        assertTrue(explicit >= 2, "explicit downgrades: " + explicit);
        assertTrue(chain.size() - explicit > chain.size() / 2, "most downgrades should be derived");
    }

    @Test
    void upgradesAndDowngradesWithLbaas() {
        Schema head = upgradeAndDowngrade(ChainLoader.load(CHAIN_DIR).revisions(), true);
        assertTrue(head.table("pools").isPresent() && head.view("pool_member_counts").isPresent());
        assertTrue(head.table("subnetroutes").isPresent() && head.table("routes").isEmpty());
    }

    @Test
    void upgradesAndDowngradesWithoutLbaas() {
        // revisions outside the feature must not lean on its tables
        List<Revision> core = applicable(ChainLoader.load(CHAIN_DIR).revisions(), Set.of());
        Schema head = upgradeAndDowngrade(core, true);
        assertTrue(head.table("pools").isEmpty() && head.enums().keySet().equals(Set.of("securitygrouprules_direction")),
                "without lbaas: " + head.tables().keySet() + " " + head.enums().keySet());
    }

    @Test
    void staticSymmetryProofFindsNothingWithOrWithoutLbaas() {
        Chain chain = ChainLoader.load(CHAIN_DIR);
        for (List<String> features : List.of(List.<String>of(), List.of("lbaas"))) {
            assertEquals(List.of(), ChainModel.build(chain, features).asymmetries(), "features " + features);
        }
    }

    static List<Revision> applicable(List<Revision> revisions, Collection<String> features) {
        return revisions.stream().filter(r -> r.appliesTo(features)).toList();
    }

    /**
     * Applies every upgrade op in order, then undoes the revisions newest first; at the end the schema must be
     * empty. With {@code exact}, after each undo it must also equal the schema before that revision (derived
     * undos re-append dropped columns, constraints and indexes, so a chain that drops them can't ask for
     * that). Returns the head schema.
     */
    static Schema upgradeAndDowngrade(List<Revision> revisions, boolean exact) {
        List<Schema> beforeRevision = new ArrayList<>();
        List<List<Schema>> beforeOp = new ArrayList<>();
        Schema s = Schema.EMPTY;
        for (Revision r : revisions) {
            beforeRevision.add(s);
            List<Schema> befores = new ArrayList<>();
            for (Op op : r.upgrade()) {
                befores.add(s);
                s = op.apply(s);
            }
            beforeOp.add(befores);
        }
        Schema head = s;
        for (int i = revisions.size() - 1; i >= 0; i--) {
            s = applyAll(s, downgradeOps(revisions.get(i), beforeOp.get(i)));
            Schema expected = beforeRevision.get(i);
            if (exact) {
                assertTrue(expected.equals(s), "downgrade of " + revisions.get(i).file()
                        + " does not restore the schema before it: " + difference(expected, s));
            }
        }
        assertTrue(s.isEmpty(), "after downgrading everything: " + s);
        assertEquals(Schema.EMPTY, s);
        return head;
    }

    /** Which tables, enums and views differ, as "table pools: expected ... but was ...", for short failure messages. */
    static String difference(Schema expected, Schema actual) {
        StringBuilder out = new StringBuilder();
        differ(out, "table", expected.tables(), actual.tables());
        differ(out, "enum", expected.enums(), actual.enums());
        differ(out, "view", expected.views(), actual.views());
        return out.toString();
    }

    private static void differ(StringBuilder out, String kind, Map<String, ?> expected, Map<String, ?> actual) {
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            if (!Objects.equals(expected.get(name), actual.get(name))) {
                out.append("\n  ").append(kind).append(' ').append(name).append(": expected ")
                        .append(expected.get(name)).append("\n    but was ").append(actual.get(name));
            }
        }
    }

    /** The explicit downgrade as written, else the reverse of each upgrade op, last op first. */
    static List<Op> downgradeOps(Revision r, List<Schema> befores) {
        if (r.downgrade().isPresent()) {
            return r.downgrade().get();
        }
        List<Op> ops = new ArrayList<>();
        for (int j = r.upgrade().size() - 1; j >= 0; j--) {
            Op op = r.upgrade().get(j);
            Reversal rev = op.reverse(befores.get(j));
            assertTrue(rev.isReversible(), r.file() + ": " + op.describe() + " has no derived downgrade: "
                    + rev.irreversibleReason().orElse(""));
            ops.addAll(rev.ops());
        }
        return ops;
    }

    static Schema applyAll(Schema s, List<Op> ops) {
        for (Op op : ops) {
            s = op.apply(s);
        }
        return s;
    }
}
