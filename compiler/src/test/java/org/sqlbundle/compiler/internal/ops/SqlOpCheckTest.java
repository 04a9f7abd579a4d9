package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/** The parse check's budget is CPU time read from an injected clock: no test here depends on how busy the machine is. */
class SqlOpCheckTest {

    private static final Op SQL = OpScript.ops("- sql: {sql: 'SELECT 1'}").get(0);

    /** A statement JSqlParser needs far more than a millisecond of CPU for, even warm. */
    private static String longStatement() {
        StringBuilder sql = new StringBuilder("SELECT * FROM t WHERE ");
        for (int i = 0; i < 3000; i++) {
            sql.append(i > 0 ? " OR " : "").append("(a").append(i).append(" = ").append(i).append(" AND b IN (1, 2))");
        }
        return sql.toString();
    }

    @Test
    void aParseThatSpendsItsBudgetIsAnInfrastructureErrorNamingTheOption() {
        // the first read is the start; every later one says a whole second of CPU has gone
        AtomicInteger reads = new AtomicInteger();
        SqlOpCheck check = new SqlOpCheck(Duration.ofMillis(500),
                thread -> reads.getAndIncrement() == 0 ? 0 : 1_000_000_000L);
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> check.parse(SQL, longStatement(), false));
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
        assertEquals(3, e.kind().exitCode);
        Problem p = e.problems().get(0);
        assertEquals("E143", p.code());
        assertTrue(e.getMessage().contains("within 0.5 s of CPU time"), e.getMessage());
        assertTrue(e.getMessage().contains("--sql-parse-timeout"), e.getMessage());
        assertTrue(e.getMessage().contains("sql_parse_timeout"), e.getMessage());
    }

    @Test
    void aParseOnAThreadThatGetsNoCpuNeverTimesOut() {
        // a starved thread's CPU clock stands still, however long the watchdog keeps looking
        AtomicInteger reads = new AtomicInteger();
        SqlOpCheck check = new SqlOpCheck(Duration.ofNanos(1), thread -> {
            reads.incrementAndGet();
            return 42;
        });
        check.parse(SQL, longStatement(), false);
        assertTrue(reads.get() >= 2, "the clock was read at the start and by the watchdog: " + reads.get());
    }

    @Test
    void theRealCpuClockStopsARunningParse() {
        // one millisecond of CPU is far less than this statement takes, so the watchdog must interrupt it
        SqlOpCheck check = new SqlOpCheck(Duration.ofMillis(1), SqlOpCheck.CpuClock.threadCpuTime());
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> check.parse(SQL, longStatement(), false));
        assertEquals("E143", e.problems().get(0).code());
    }

    @Test
    void theSameStatementParsesWithinTheDefaultBudget() {
        SqlOpCheck.standard().parse(SQL, longStatement(), false);
        SqlOpCheck.standard().check(List.of(SQL));
        assertEquals(Duration.ofSeconds(6), SqlOpCheck.standard().budget());
    }

    @Test
    void aTypoIsReportedWithJSqlParsersReason() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> SqlOpCheck.standard().parse(SQL, "UPDATE t SETT a = 1", false));
        assertEquals("E141", e.problems().get(0).code());
        assertEquals(SqlbundleException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("Encountered"), e.getMessage());
    }

    @Test
    void problemsOfSeveralFilesAreBadInputUnlessAllAreTimeouts() {
        Problem timeout = Problem.of(new SourcePos("a.yaml", 3, 5), "E143", "slow", "raise it");
        Problem typo = Problem.of(new SourcePos("b.yaml", 4, 5), "E141", "typo", "fix it");
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, SqlOpCheck.failure(List.of(timeout, timeout)).kind());
        assertEquals(SqlbundleException.Kind.BAD_INPUT, SqlOpCheck.failure(List.of(timeout, typo)).kind());
    }

    @Test
    void theBudgetIsPrintedAsTheOptionTakesIt() {
        assertEquals("6", SqlOpCheck.seconds(Duration.ofSeconds(6)));
        assertEquals("0.25", SqlOpCheck.seconds(Duration.ofMillis(250)));
    }
}
