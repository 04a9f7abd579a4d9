package org.sqlbundle.compiler.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.source.SqlbundleException;
import org.sqlbundle.compiler.testing.OpScript;

class SqlOpCheckTest {

    private static final Op SQL = OpScript.ops("- sql: {sql: 'SELECT 1'}").get(0);

    /** A statement JSqlParser needs far longer than a millisecond for, even warm. */
    private static String longStatement() {
        StringBuilder sql = new StringBuilder("SELECT * FROM t WHERE ");
        for (int i = 0; i < 3000; i++) {
            sql.append(i > 0 ? " OR " : "").append("(a").append(i).append(" = ").append(i).append(" AND b IN (1, 2))");
        }
        return sql.toString();
    }

    @Test
    void aParseThatRunsPastTheTimeoutIsStoppedAndSaysSo() {
        long started = System.nanoTime();
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> SqlOpCheck.parse(SQL, longStatement(), false, 1));
        assertEquals("E141", e.problems().get(0).code());
        assertTrue(e.getMessage().contains("took longer than 1 ms, JSqlParser gave up"), e.getMessage());
        // stopped, not left to finish: the whole statement takes JSqlParser a good part of a second
        assertTrue((System.nanoTime() - started) / 1_000_000 < SqlOpCheck.TIMEOUT_MILLIS, "took too long");
    }

    @Test
    void theSameStatementParsesWithinTheRealTimeoutOnTheCallingThread() {
        SqlOpCheck.parse(SQL, longStatement(), false, SqlOpCheck.TIMEOUT_MILLIS);
        SqlOpCheck.check(List.of(SQL));
    }

    @Test
    void aTypoIsReportedWithJSqlParsersReason() {
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> SqlOpCheck.parse(SQL, "UPDATE t SETT a = 1", false, SqlOpCheck.TIMEOUT_MILLIS));
        assertEquals("E141", e.problems().get(0).code());
        assertTrue(e.getMessage().contains("Encountered"), e.getMessage());
    }
}
