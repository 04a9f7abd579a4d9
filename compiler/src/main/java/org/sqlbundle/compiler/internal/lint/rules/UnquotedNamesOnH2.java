package org.sqlbundle.compiler.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.lint.Finding;
import org.sqlbundle.compiler.internal.lint.LintRule;
import org.sqlbundle.compiler.internal.lint.LintScope;
import org.sqlbundle.compiler.internal.lint.Severity;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.plan.PlannedOp;
import org.sqlbundle.compiler.internal.plan.RevisionPlan;

/**
 * Hand-written SQL that names the model's tables or their columns unquoted, with no {@code h2:} variant, on a chain
 * compiled for H2: H2 folds unquoted names to upper case while the bundles create every table and column quoted, as
 * written, so the SQL looks for POOLS (or NAME) and finds no such table (or column). The other dialects compare
 * such names case-insensitively or fold to lower.
 */
final class UnquotedNamesOnH2 implements LintRule {

    @Override
    public String code() {
        return "L011";
    }

    @Override
    public String title() {
        return "raw SQL names tables or columns unquoted and has no h2 variant";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RevisionPlan plan, LintScope scope, Consumer<Finding> findings) {
        if (!scope.dialects().contains(Dialect.H2)) {
            return;
        }
        for (List<PlannedOp> ops : List.of(plan.upgrade(), plan.downgrade())) {
            for (PlannedOp p : ops) {
                String sql = genericSqlWithoutH2Variant(p);
                if (sql == null) {
                    continue;
                }
                Set<String> folded = foldedModelNames(sql, p.before(), p.after());
                if (!folded.isEmpty()) {
                    findings.accept(finding(p.op().pos(), plan, "the " + p.op().opName() + " names "
                                    + String.join(", ", folded) + " unquoted and has no h2 variant: H2 folds them to "
                                    + folded.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList() + ", but the"
                                    + " bundles create tables and columns quoted as written, so on H2 it finds no"
                                    + " such table or column",
                            "add an 'h2:' variant that double-quotes every table and column name"));
                }
            }
        }
    }

    /** The SQL H2 would run for this op when it has no variant of its own; null when it has one or isn't SQL. */
    private static String genericSqlWithoutH2Variant(PlannedOp p) {
        if (p.op() instanceof Sql sql && sql.parse()) {
            return variantFree(sql.sql(), sql.variants());
        }
        if (p.op() instanceof CreateView view) {
            return variantFree(view.view().sql(), view.view().variants());
        }
        return null;
    }

    private static String variantFree(String sql, Map<Dialect, String> variants) {
        return variants.containsKey(Dialect.H2) ? null : sql;
    }

    /**
     * Names of the model the SQL writes without quotes, whose names H2 would change by folding them: its tables, and
     * the columns of the model's tables it names (quoted or not), so {@code UPDATE "pools" SET name = ...} counts too.
     */
    private static Set<String> foldedModelNames(String sql, Schema before, Schema after) {
        Set<String> out = new TreeSet<>();
        try {
            for (Statement statement : CCJSqlParserUtil.parseStatements(sql)) {
                ColumnsFinder finder = new ColumnsFinder();
                List<Table> named = new ArrayList<>();
                for (String written : finder.getTables(statement)) {
                    String name = written.substring(written.lastIndexOf('.') + 1);
                    String bare = unquoted(name);
                    Optional<Table> table = before.table(bare).or(() -> after.table(bare));
                    table.ifPresent(named::add);
                    if (table.isPresent() && bare.equals(name) && folds(name)) {
                        out.add(name);
                    }
                }
                for (String column : finder.columns) {
                    if (folds(column) && named.stream().anyMatch(t -> t.column(column).isPresent())) {
                        out.add(column);
                    }
                }
            }
        } catch (JSQLParserException e) {
            // SQL JSqlParser can't read is reported at compile time (E141); nothing to add here
        }
        return out;
    }

    private static boolean folds(String unquotedName) {
        return !unquotedName.equals(unquotedName.toUpperCase(Locale.ROOT));
    }

    private static String unquoted(String name) {
        boolean quoted = name.length() > 1 && (name.startsWith("\"") || name.startsWith("`"));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }

    /** JSqlParser's table finder, which also keeps the unquoted column names it passes. */
    private static final class ColumnsFinder extends TablesNamesFinder<Void> {
        final Set<String> columns = new TreeSet<>();

        @Override
        public <S> Void visit(Column column, S context) {
            String name = column.getColumnName();
            if (!name.startsWith("\"") && !name.startsWith("`")) {
                columns.add(name);
            }
            return super.visit(column, context);
        }
    }
}
