package org.sqlbundle.compiler.ops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.Select;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * Parses the hand-written SQL of {@code sql} and {@code create_view} ops with JSqlParser at compile time,
 * so a typo fails with the op's file:line instead of half-way through a DBA's run. It needs no schema: a plain load
 * runs it as the files are read, the compiler on a core the sequential model pass leaves idle.
 */
public final class SqlOpCheck {

    /** How long one statement may take to parse: JSqlParser's own default. */
    static final long TIMEOUT_MILLIS = 6_000;

    /**
     * JSqlParser hands every parse to the executor it is given, to time it out. A thread per statement, or a handoff
     * to a pooled one, cost more than the parse itself on a busy machine: this executor runs the parse on the calling
     * thread, and the watchdog times it out instead, through the flag JSqlParser's parser checks as it goes.
     */
    private static final ExecutorService ON_CALLING_THREAD = new AbstractExecutorService() {
        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    };
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "sqlbundle-sql-parse-watchdog");
            t.setDaemon(true);
            return t;
        });
        // a parse that finished cancels its timer: drop it now rather than keep it queued for the whole timeout
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    private SqlOpCheck() {
    }

    public static void check(List<Op> ops) {
        for (Op op : ops) {
            if (op instanceof Sql sql && sql.parse()) {
                checkAll(op, sql.sql(), sql.variants(), false);
            } else if (op instanceof CreateView view) {
                checkAll(op, view.view().sql(), view.view().variants(), true);
            }
        }
    }

    /** The op's own sql, then each distinct {@code dialects:} variant; an error in a variant names the variant. */
    private static void checkAll(Op op, String main, Map<Dialect, String> variants, boolean mustBeSelect) {
        Set<String> seen = new HashSet<>();
        seen.add(main);
        parse(op, main, mustBeSelect);
        for (Dialect dialect : Dialect.values()) {
            String variant = variants.get(dialect);
            if (variant == null || !seen.add(variant)) {
                continue;
            }
            try {
                parse(op, variant, mustBeSelect);
            } catch (SqlbundleException e) {
                throw SqlbundleException.badInput(e.problems().stream().map(p -> new Problem(p.pos(), p.code(),
                        inVariant(op, p.message(), dialect), p.hint())).toList());
            }
        }
    }

    private static String inVariant(Op op, String message, Dialect dialect) {
        String prefix = op.opName() + ":";
        String where = op.opName() + " (its 'dialects: " + dialect.cliName + "' variant):";
        return message.startsWith(prefix) ? where + message.substring(prefix.length()) : where + " " + message;
    }

    private static void parse(Op op, String text, boolean mustBeSelect) {
        parse(op, text, mustBeSelect, TIMEOUT_MILLIS);
    }

    static void parse(Op op, String text, boolean mustBeSelect, long timeoutMillis) {
        AtomicBoolean timedOut = new AtomicBoolean();
        List<ScheduledFuture<?>> watchdogs = new ArrayList<>(1);
        try {
            // JSqlParser may make a second parser for a second try: each gets its own watchdog, stopped at once
            // when an earlier one ran out of time
            var statements = CCJSqlParserUtil.parseStatements(text, ON_CALLING_THREAD, parser -> {
                parser.interrupted = timedOut.get();
                watchdogs.add(WATCHDOG.schedule(() -> {
                    timedOut.set(true);
                    parser.interrupted = true;
                }, timeoutMillis, TimeUnit.MILLISECONDS));
            });
            if (mustBeSelect && (statements.size() != 1 || !(statements.get(0) instanceof Select))) {
                throw SqlbundleException.badInput(Problem.of(op.pos(), "E142", op.opName()
                        + ": the view's sql must be one SELECT statement", null));
            }
        } catch (JSQLParserException e) {
            String reason = timedOut.get() ? "it took longer than " + timeoutMillis + " ms, JSqlParser gave up"
                    : e.getMessage() == null ? "parse error" : e.getMessage().lines().findFirst().orElse("");
            throw SqlbundleException.badInput(Problem.of(op.pos(), "E141", op.opName()
                    + ": JSqlParser can't parse this SQL: " + reason,
                    "fix the SQL, or set 'parse: false' on the op if it is valid dialect SQL JSqlParser does not know"));
        } finally {
            watchdogs.forEach(watchdog -> watchdog.cancel(false));
        }
    }
}
