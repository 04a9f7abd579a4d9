package org.sqlbundle.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * {@code op.execute("CREATE VIEW v AS SELECT ...")} / {@code ("DROP VIEW v")}: a view the model must know, or the
 * chain's model misses it and later ops and verify disagree with the database; so they become create_view /
 * drop_view. JSqlParser decides that the text is one such statement; anything else (OR REPLACE, a column list,
 * several statements) stays a sql op.
 */
final class ViewSql {

    // the SELECT as written, after the view's name and AS (JSqlParser's own text would be re-formatted)
    private static final Pattern CREATE = Pattern.compile(
            "(?is)\\s*CREATE\\s+VIEW\\s+\\S+\\s+AS\\s+(.*?)[\\s;]*");

    private ViewSql() {
    }

    /** The view op the SQL is, or null when it is not exactly one plain CREATE VIEW or DROP VIEW. */
    static YamlOp of(String sql, String origin) {
        Statement st;
        try {
            st = CCJSqlParserUtil.parse(sql);
        } catch (JSQLParserException | RuntimeException e) {
            return null;  // not parsed here: left to the sql op, which check parses and reports
        }
        if (st instanceof CreateView v && !v.isOrReplace() && v.getColumnNames() == null) {
            Matcher m = CREATE.matcher(sql);
            return m.matches() ? YamlOp.of("create_view", origin, "name", unquoted(v.getView().getName()), "sql",
                    m.group(1)) : null;
        }
        if (st instanceof Drop d && d.getType().toUpperCase(Locale.ROOT).equals("VIEW") && !d.isIfExists()
                && d.getParameters() == null) {
            return YamlOp.of("drop_view", origin, "name", unquoted(d.getName().getName()));
        }
        return null;
    }

    private static String unquoted(String name) {
        return name.length() > 1 && (name.startsWith("\"") || name.startsWith("`")) ? name.substring(1,
                name.length() - 1) : name;
    }
}
