package org.sqlbundle.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.compiler.chain.ChainLoader;
import org.sqlbundle.compiler.source.SqlbundleException;

/** A model built on another thread answers like an eagerly built one, and fails the same way. */
class ChainModelBackgroundTest {

    @TempDir
    Path dir;

    private Chain chain(int good, boolean badLast) throws IOException {
        String parent = "null";
        for (int i = 1; i <= good; i++) {
            String id = String.format("r%03d", i);
            Files.writeString(dir.resolve(id + ".yaml"), "id: " + id + "\nparent: " + parent + "\nmessage: m\n"
                    + "upgrade:\n  - create_table: {name: t" + i + ", columns: [{name: id, type: integer, "
                    + "primary_key: true}]}\n");
            parent = id;
        }
        if (badLast) {
            Files.writeString(dir.resolve("zzz.yaml"), "id: zzz\nparent: " + parent + "\nmessage: m\n"
                    + "upgrade:\n  - drop_table: {name: missing}\n");
        }
        return ChainLoader.load(dir);
    }

    @Test
    void answersEveryRevisionLikeTheEagerBuild() throws IOException {
        Chain chain = chain(300, false);
        ChainModel eager = ChainModel.build(chain, List.of());
        ChainModel background = ChainModel.startBuilding(chain, List.of());
        for (int i = chain.size() - 1; i >= 0; i--) {
            assertEquals(eager.schemaAt(i), background.schemaAt(i));
            assertEquals(eager.plan(i), background.plan(i));
        }
        assertSame(background, background.awaitBuilt());
    }

    @Test
    void aModelErrorReachesEveryoneWhoNeedsTheFailedRevision() throws IOException {
        Chain chain = chain(50, true);
        SqlbundleException eager = assertThrows(SqlbundleException.class, () -> ChainModel.build(chain, List.of()));
        ChainModel background = ChainModel.startBuilding(chain, List.of());
        assertEquals(50, background.schemaAt(49).tables().size(), "revisions before the error are usable");
        SqlbundleException atPlan = assertThrows(SqlbundleException.class, () -> background.plan(50));
        SqlbundleException atAwait = assertThrows(SqlbundleException.class, background::awaitBuilt);
        assertEquals(eager.problems(), atPlan.problems());
        assertSame(atPlan, atAwait);
    }
}
