package org.sqlbundle.compiler.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.Select;
import org.sqlbundle.compiler.ops.CreateView;
import org.sqlbundle.compiler.ops.Op;
import org.sqlbundle.compiler.ops.Sql;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * Parses the hand-written SQL of {@code sql} and {@code create_view} ops with JSqlParser at compile time,
 * so a typo fails with the op's file:line instead of half-way through a DBA's run.
 */
final class SqlOpCheck {

    private SqlOpCheck() {
    }

    static void check(List<Op> ops) {
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
            var statements = CCJSqlParserUtil.parseStatements(text);
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
