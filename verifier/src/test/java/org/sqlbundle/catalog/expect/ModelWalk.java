package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.catalog.snapshot.Snapshot;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.catalog.snapshot.SnapshotReader;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.render.Renderers;
import org.sqlbundle.compiler.internal.render.VocabularyScript;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * Walks a chain one revision at a time on a real database and checks after every step that the live schema is
 * the model's ({@link ExpectedSchema#compare} is empty). Shared by the embedded tests and the container ITs.
 */
final class ModelWalk {

    static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();
    static final String VERSION_TABLE = "sqlbundle_version";

    private ModelWalk() {
    }

    /**
     * The example chain, revision by revision up to head and back down to base, with the given features; the
     * database must start empty. Returns how many steps were compared.
     */
    static int exampleChain(Target target, List<String> features) throws SQLException {
        Compiler compiler = Compiler.configure().chainDir(ROOT.resolve("examples/lbaas/revisions"))
                .features(features).load();
        Chain chain = compiler.chain();
        List<String> failures = new ArrayList<>();
        int steps = 0;
        // every model the database has been through: InnoDB keeps the index of a dropped foreign key
        List<Schema> seen = new ArrayList<>(List.of(Schema.EMPTY));
        for (int i = 0; i <= chain.headPosition(); i++) {
            run(target, "upgrade to " + chain.at(i).id(), compiler.script(target.dialect(), chain.range(i - 1, i)));
            seen.add(compiler.model().schemaAt(i));
            failures.addAll(check(target, compiler.model().schemaAt(i), seen, "after upgrading to " + chain.at(i).id()));
            steps++;
        }
        for (int i = chain.headPosition(); i >= 0; i--) {
            run(target, "downgrade from " + chain.at(i).id(), compiler.script(target.dialect(), chain.range(i, i - 1)));
            failures.addAll(check(target, compiler.model().schemaAt(i - 1), seen,
                    "after downgrading from " + chain.at(i).id()));
            steps++;
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
        return steps;
    }

    /**
     * Every op of the vocabulary ({@link VocabularyScript}: every column type, every constraint kind, awkward
     * names), rendered and run one op at a time, then each op's derived reverse; the schema is compared after
     * every op. The database must start empty.
     */
    static int vocabulary(Target target) throws SQLException {
        return ops(target, VocabularyScript.ops());
    }

    /** {@link #vocabulary}'s walk for any op list that applies to the empty schema. */
    static int ops(Target target, List<Op> ops) throws SQLException {
        DialectRenderer renderer = Renderers.forDialect(target.dialect());
        List<Schema> befores = new ArrayList<>();
        List<Schema> seen = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Schema s = Schema.EMPTY;
        int steps = 0;
        for (Op op : ops) {
            befores.add(s);
            s = step(target, renderer, op, s, seen, failures);
            steps++;
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            for (Op undo : ops.get(i).reverse(befores.get(i)).ops()) {
                s = step(target, renderer, undo, s, seen, failures);
                steps++;
            }
        }
        assertTrue(s.isEmpty(), "the reverse walk ends at the empty schema");
        assertEquals(List.of(), failures, String.join("\n", failures));
        return steps;
    }

    /** Renders and runs {@code ops} from the empty schema without comparing; returns the model at the end. */
    static Schema apply(Target target, List<Op> ops) throws SQLException {
        DialectRenderer renderer = Renderers.forDialect(target.dialect());
        Schema s = Schema.EMPTY;
        for (Op op : ops) {
            Schema after = op.apply(s);
            execute(target, op.accept(renderer, new RenderContext(s, after)));
            s = after;
        }
        return s;
    }

    static void execute(Target target, List<String> statements) throws SQLException {
        try (Connection c = target.openConnection(); var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static Schema step(Target target, DialectRenderer renderer, Op op, Schema before, List<Schema> seen,
                               List<String> failures) throws SQLException {
        Schema after = op.apply(before);
        execute(target, op.accept(renderer, new RenderContext(before, after)));
        seen.add(after);
        failures.addAll(check(target, after, seen, "after " + op.describe()));
        return after;
    }

    private static void run(Target target, String name, String script) throws SQLException {
        try (Connection c = target.openConnection()) {
            new JdbcReplay(target.dialect()).run(c, name, script);
        }
    }

    static Snapshot snapshot(Target target) throws SQLException {
        try (Connection c = target.openConnection()) {
            return SnapshotReader.forDialect(target.dialect()).readRaw(c, Optional.of(VERSION_TABLE));
        }
    }

    private static List<String> check(Target target, Schema expected, List<Schema> seen, String when)
            throws SQLException {
        List<Difference> differences = ExpectedSchema.compare(expected, seen, snapshot(target), target.dialect(),
                VERSION_TABLE);
        return differences.isEmpty() ? List.of() : List.of(when + ":\n" + SnapshotDiff.format(differences));
    }
}
