package org.sqlbundle.compiler.ops;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.Select;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * Parses the hand-written SQL of {@code sql} and {@code create_view} ops with JSqlParser at compile time,
 * so a typo fails with the op's file:line instead of half-way through a DBA's run. It needs no schema, so it runs
 * while the files are read, in parallel, rather than in the sequential pass that applies the chain to the model.
 */
public final class SqlOpCheck {

    /**
     * JSqlParser runs every parse on an executor so it can time out; without one it starts and stops a thread per
     * statement, which was most of the cost of checking a chain with many sql ops. Threads are reused and daemon.
     */
    private static final ExecutorService PARSER_THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "sqlbundle-sql-parser");
        t.setDaemon(true);
        return t;
    });

    private SqlOpCheck() {
    }

    public static void check(List<Op> ops) {
        for (Op op : ops) {
            if (op instanceof Sql sql && sql.parse()) {
                for (String text : texts(sql.sql(), sql.variants().values())) {
                    parse(op, text, false);
                }
            } else if (op instanceof CreateView view) {
                for (String text : texts(view.view().sql(), view.view().variants().values())) {
                    parse(op, text, true);
                }
            }
        }
    }

    private static Set<String> texts(String main, java.util.Collection<String> variants) {
        Set<String> all = new LinkedHashSet<>();
        all.add(main);
        all.addAll(variants);
        return all;
    }

    private static void parse(Op op, String text, boolean mustBeSelect) {
        try {
            var statements = CCJSqlParserUtil.parseStatements(text, PARSER_THREADS, null);
            if (mustBeSelect && (statements.size() != 1 || !(statements.get(0) instanceof Select))) {
                throw SqlbundleException.badInput(Problem.of(op.pos(), "E142", op.opName()
                        + ": the view's sql must be one SELECT statement", null));
            }
        } catch (JSQLParserException e) {
            String reason = e.getMessage() == null ? "parse error" : e.getMessage().lines().findFirst().orElse("");
            throw SqlbundleException.badInput(Problem.of(op.pos(), "E141", op.opName()
                    + ": JSqlParser can't parse this SQL: " + reason,
                    "fix the SQL, or set 'parse: false' on the op if it is valid dialect SQL JSqlParser does not know"));
        }
    }
}
