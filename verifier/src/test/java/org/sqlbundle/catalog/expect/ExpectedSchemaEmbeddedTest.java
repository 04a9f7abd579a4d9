package org.sqlbundle.catalog.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.catalog.snapshot.Difference;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.verifier.internal.target.EmbeddedPostgresTarget;
import org.sqlbundle.verifier.internal.target.H2Target;
import org.sqlbundle.verifier.internal.target.SqliteTarget;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * The model comparison on real embedded databases: the example chain with and without its optional feature,
 * every op of the vocabulary and names that need quoting, must match the model after every single step, up and down.
 */
class ExpectedSchemaEmbeddedTest {

    @Test
    void sqlite() throws Exception {
        for (List<String> features : List.of(List.of("lbaas"), List.<String>of())) {
            try (Target t = SqliteTarget.create()) {
                assertTrue(ModelWalk.exampleChain(t, features) > 0);
            }
        }
        try (Target t = SqliteTarget.create()) {
            assertTrue(ModelWalk.vocabulary(t) > 0);
        }
        try (Target t = SqliteTarget.create()) {
            assertTrue(ModelWalk.ops(t, AwkwardNamesScript.ops()) > 0);
        }
    }

    @Test
    void h2() throws Exception {
        for (List<String> features : List.of(List.of("lbaas"), List.<String>of())) {
            try (Target t = H2Target.create()) {
                assertTrue(ModelWalk.exampleChain(t, features) > 0);
            }
        }
        try (Target t = H2Target.create()) {
            assertTrue(ModelWalk.vocabulary(t) > 0);
        }
        try (Target t = H2Target.create()) {
            assertTrue(ModelWalk.ops(t, AwkwardNamesScript.ops()) > 0);
        }
    }

    @Test
    void embeddedPostgresql() throws Exception {
        for (List<String> features : List.of(List.of("lbaas"), List.<String>of())) {
            try (Target t = EmbeddedPostgresTarget.start()) {
                assertTrue(ModelWalk.exampleChain(t, features) > 0);
            }
        }
        try (Target t = EmbeddedPostgresTarget.start()) {
            assertTrue(ModelWalk.vocabulary(t) > 0);
        }
        try (Target t = EmbeddedPostgresTarget.start()) {
            assertTrue(ModelWalk.ops(t, AwkwardNamesScript.ops()) > 0);
        }
    }

    /** A database changed behind the bundle's back: each change is named, on SQLite and H2. */
    @Test
    void changesMadeOutsideTheBundleAreNamed() throws Exception {
        for (java.util.function.Supplier<Target> open : List.<java.util.function.Supplier<Target>>of(
                SqliteTarget::create, H2Target::create)) {
            try (Target t = open.get()) {
                Schema model = ModelWalk.apply(t, AwkwardNamesScript.ops());
                ModelWalk.execute(t, List.of("DROP INDEX \"ix_order_user_from\"",
                        "CREATE VIEW \"extra\" AS SELECT 1 AS \"one\""));
                List<Difference> differences = ExpectedSchema.compare(model, ModelWalk.snapshot(t), t.dialect(),
                        ModelWalk.VERSION_TABLE);
                assertEquals(List.of("table Orders / index ix_order_user_from", "view extra"),
                        differences.stream().map(Difference::object).toList(), t.dialect().cliName);
            }
        }
    }
}
