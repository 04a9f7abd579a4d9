package org.sqlbundle.compiler.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/** JSqlParser runs again only on the sql of files whose bytes changed; a changed file is checked as if new. */
class CachedSqlChecksTest {

    private static final String BASE = "id: a1\nparent: null\nmessage: m\nupgrade:\n  - create_table: {name: t, "
            + "columns: [{name: id, type: integer, primary_key: true}, {name: n, type: integer}]}\n";

    private static String withSql(String sql) {
        return "id: a2\nparent: a1\nmessage: m\nupgrade:\n  - sql:\n      sql: \"" + sql + "\"\n"
                + "downgrade:\n  - sql: {sql: \"UPDATE t SET n = 0\"}\n";
    }

    /** A SqlOpCheck that counts the statements it parses (its clock is read once as each parse starts). */
    private static SqlOpCheck counting(AtomicInteger parses) {
        return new SqlOpCheck(Duration.ofSeconds(60), thread -> {
            if (thread == Thread.currentThread()) {
                parses.incrementAndGet();
            }
            return 0;
        });
    }

    @Test
    void aWarmLoadParsesNoSqlAndAnEditedFileIsParsedAgain(@TempDir Path tmp) throws IOException {
        Path chain = Files.createDirectories(tmp.resolve("chain"));
        Files.writeString(chain.resolve("1.yaml"), BASE);
        Files.writeString(chain.resolve("2.yaml"), withSql("UPDATE t SET n = 1"));
        ParseCache cache = ParseCache.in(tmp.resolve("cache"), p -> { throw new AssertionError(p.format()); });
        for (boolean later : new boolean[] {false, true}) {
            AtomicInteger cold = new AtomicInteger();
            load(chain, counting(cold), ParseCache.in(tmp.resolve("cache-" + later), p -> { }), later);
            assertTrue(cold.get() > 0, "cold: the sql is parsed");
        }
        load(chain, counting(new AtomicInteger()), cache, false);
        for (boolean later : new boolean[] {false, true}) {
            AtomicInteger warm = new AtomicInteger();
            load(chain, counting(warm), cache, later);
            assertEquals(0, warm.get(), "warm: the sql of unchanged files is not parsed again");
        }

        Files.writeString(chain.resolve("2.yaml"), withSql("UPDATE t SETT n = 1"));
        for (boolean later : new boolean[] {false, true}) {
            SqlbundleException e = assertThrows(SqlbundleException.class,
                    () -> load(chain, SqlOpCheck.standard(), cache, later));
            assertEquals(List.of("E141"), e.problems().stream().map(Problem::code).toList(), e.getMessage());
            assertTrue(e.problems().get(0).pos().toString().endsWith("2.yaml:5:5"), e.getMessage());
        }
    }

    @Test
    void concurrentLoadsShareOneCacheDirectory(@TempDir Path tmp) throws Exception {
        Path chain = Files.createDirectories(tmp.resolve("chain"));
        Files.writeString(chain.resolve("1.yaml"), BASE);
        Files.writeString(chain.resolve("2.yaml"), withSql("UPDATE t SET n = 1"));
        List<Problem> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    if (n % 10 == 5) {
                        // a file edited meanwhile: runs write different packs for the same chain
                        // (written whole, as an editor saves: a load reading it half-written is not what this tests)
                        Path temp = Files.writeString(tmp.resolve("3.yaml." + n), "id: a3\nparent: a2\nmessage: m" + n
                                + "\nupgrade: []\n");
                        Files.move(temp, chain.resolve("3.yaml"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    return load(chain, SqlOpCheck.standard(), ParseCache.in(tmp.resolve("cache"), warnings::add),
                            n % 2 == 0).revisions().get(0).id();
                }));
            }
            for (Future<String> run : runs) {
                assertEquals("a1", run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), warnings);
        ParseCacheTest.onlyPack(tmp.resolve("cache"));
    }

    private static Chain load(Path chain, SqlOpCheck check, ParseCache cache, boolean later) {
        if (!later) {
            return ChainLoader.load(chain, check, cache);
        }
        ChainLoader.SqlCheckedLater loaded = ChainLoader.loadCheckingSqlLater(chain, check, cache);
        loaded.awaitSqlChecks();
        return loaded.chain();
    }
}
