package org.sqlbundle.compiler.internal.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
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
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.Select;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Parses the hand-written SQL of {@code sql} and {@code create_view} ops with JSqlParser at compile time,
 * so a typo fails with the op's file:line instead of half-way through a DBA's run. It needs no schema: a plain load
 * runs it as the files are read, the compiler on a core the sequential model pass leaves idle.
 *
 * <p>Each statement gets a budget of CPU time of the thread that parses it, not of wall-clock time, so a busy
 * machine can't turn a valid chain into a failing one. A statement that exhausts it is E143, exit 3: the SQL is
 * not known to be wrong, the budget (--sql-parse-timeout) was too small for it.
 */
public final class SqlOpCheck {

    /** CPU time one statement may take to parse: JSqlParser's own default timeout, but of CPU, not wall time. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(6);
    /** The code of a parse that ran out of budget; the only E14x that is not bad input. */
    public static final String TIMEOUT_CODE = "E143";
    /** How often the watchdog reads the parsing thread's CPU time. */
    private static final long POLL_MILLIS = 20;
    private static final SqlOpCheck DEFAULT = new SqlOpCheck(DEFAULT_BUDGET, CpuClock.threadCpuTime());

    /** The CPU time a thread has used, in nanoseconds; tests give their own. */
    @FunctionalInterface
    public interface CpuClock {
        long nanos(Thread thread);

        /** The JVM's per-thread CPU time; wall time where the JVM can't measure it (then load counts again). */
        static CpuClock threadCpuTime() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (!threads.isThreadCpuTimeSupported()) {
                return thread -> System.nanoTime();
            }
            if (!threads.isThreadCpuTimeEnabled()) {
                threads.setThreadCpuTimeEnabled(true);
            }
            return thread -> {
                long cpu = threads.getThreadCpuTime(thread.getId());
                return cpu < 0 ? System.nanoTime() : cpu;
            };
        }
    }

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
        // a parse that finished cancels its poll: drop it now rather than keep it queued
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    private final Duration budget;
    private final CpuClock clock;

    public SqlOpCheck(Duration budget, CpuClock clock) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the SQL parse budget must be positive: " + budget);
        }
        this.budget = budget;
        this.clock = clock;
    }

    /** The default budget of {@link #DEFAULT_BUDGET} CPU time per statement. */
    public static SqlOpCheck standard() {
        return DEFAULT;
    }

    /** A budget of {@code budget} CPU time per statement. */
    public static SqlOpCheck withBudget(Duration budget) {
        return budget.equals(DEFAULT_BUDGET) ? DEFAULT : new SqlOpCheck(budget, CpuClock.threadCpuTime());
    }

    public Duration budget() {
        return budget;
    }

    /**
     * The exception for problems gathered from several files: infrastructure (exit 3) when every one is a parse that
     * ran out of budget, bad input (exit 2) when any is something to fix in the files.
     */
    public static SqlbundleException failure(List<Problem> problems) {
        boolean onlyTimeouts = problems.stream().allMatch(p -> TIMEOUT_CODE.equals(p.code()));
        return new SqlbundleException(onlyTimeouts ? SqlbundleException.Kind.INFRASTRUCTURE
                : SqlbundleException.Kind.BAD_INPUT, problems);
    }

    public void check(List<Op> ops) {
        for (Op op : ops) {
            if (op instanceof Sql sql && sql.parse()) {
                checkAll(op, sql.sql(), sql.variants(), false);
            } else if (op instanceof CreateView view) {
                checkAll(op, view.view().sql(), view.view().variants(), true);
            }
        }
    }

    /** The op's own sql, then each distinct {@code dialects:} variant; an error in a variant names the variant. */
    private void checkAll(Op op, String main, Map<Dialect, String> variants, boolean mustBeSelect) {
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

    void parse(Op op, String text, boolean mustBeSelect) {
        Thread parsing = Thread.currentThread();
        long budgetNanos = budget.toNanos();
        long started = clock.nanos(parsing);
        AtomicBoolean timedOut = new AtomicBoolean();
        List<CCJSqlParser> parsers = new ArrayList<>(1);
        Runnable watch = () -> {
            if (!timedOut.get() && clock.nanos(parsing) - started >= budgetNanos) {
                timedOut.set(true);
            }
            if (timedOut.get()) {
                synchronized (parsers) {
                    parsers.forEach(parser -> parser.interrupted = true);
                }
            }
        };
        ScheduledFuture<?> watchdog = WATCHDOG.scheduleAtFixedRate(watch, POLL_MILLIS, POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            // JSqlParser may make a second parser for a second try: it starts interrupted when the budget is spent
            var statements = CCJSqlParserUtil.parseStatements(text, ON_CALLING_THREAD, parser -> {
                synchronized (parsers) {
                    parsers.add(parser);
                }
                watch.run();
            });
            if (mustBeSelect && (statements.size() != 1 || !(statements.get(0) instanceof Select))) {
                throw SqlbundleException.badInput(Problem.of(op.pos(), "E142", op.opName()
                        + ": the view's sql must be one SELECT statement", null));
            }
        } catch (JSQLParserException e) {
            if (timedOut.get()) {
                throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, List.of(Problem.of(op.pos(),
                        TIMEOUT_CODE, op.opName() + ": JSqlParser did not finish parsing this SQL within "
                                + seconds(budget) + " s of CPU time, so it was not checked",
                        "raise the budget with --sql-parse-timeout SECONDS (or sql_parse_timeout in sqlbundle.yaml); "
                                + "or set 'parse: false' on the op to skip the check")));
            }
            String reason = e.getMessage() == null ? "parse error" : e.getMessage().lines().findFirst().orElse("");
            throw SqlbundleException.badInput(Problem.of(op.pos(), "E141", op.opName()
                    + ": JSqlParser can't parse this SQL: " + reason,
                    "fix the SQL, or set 'parse: false' on the op if it is valid dialect SQL JSqlParser does not know"));
        } finally {
            watchdog.cancel(false);
        }
    }

    /** "6" or "0.5": the budget as the option takes it. */
    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
    }
}
