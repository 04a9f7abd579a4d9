package org.sqlbundle.compiler.internal.render.sqlite;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddEnumValue;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.Delete;
import org.sqlbundle.compiler.internal.ops.DropColumn;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnum;
import org.sqlbundle.compiler.internal.ops.DropEnumValue;
import org.sqlbundle.compiler.internal.ops.DropIndex;
import org.sqlbundle.compiler.internal.ops.DropTable;
import org.sqlbundle.compiler.internal.ops.DropView;
import org.sqlbundle.compiler.internal.ops.EnumValues;
import org.sqlbundle.compiler.internal.ops.Insert;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.render.DialectRenderer;
import org.sqlbundle.compiler.internal.render.EnumValueGuards;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.render.Support;
import org.sqlbundle.compiler.internal.source.Fields;

/**
 * Renders ops for SQLite 3.40 (Debian 12's sqlite3) and later. SQL is written by hand rather than through
 * jOOQ, which renders invalid SQLite for several ALTER forms; whatever SQLite can't alter in place goes
 * through {@link SqliteTableRebuild}. See docs/sqlite.md.
 */
public final class SqliteRenderer implements DialectRenderer {

    public SqliteRenderer() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public Support support(String opName) {
        return SqliteSupport.of(opName);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String quote(String identifier) {
        return SqliteSql.quote(identifier);
    }

    @Override
    public List<String> beginTransaction() {
        return List.of("BEGIN");
    }

    @Override
    public List<String> commitTransaction() {
        return List.of("COMMIT");
    }

    @Override
    public List<String> createVersionTable(String table) {
        return SqliteVersionTable.create(table);
    }

    @Override
    public List<String> guard(String table, Optional<String> expected) {
        return SqliteVersionTable.guard(table, expected);
    }

    @Override
    public List<String> stamp(String table, Optional<String> from, Optional<String> to) {
        return SqliteVersionTable.stamp(table, from, to);
    }

    @Override
    public String textLiteral(String text) {
        return SqliteSql.string(text);
    }

    @Override
    public List<String> createHistoryTable(String table) {
        return SqliteVersionTable.createHistory(table);
    }

    @Override
    public List<String> requireOneRow(String statement, String message) {
        return SqliteVersionTable.requireOneRow(statement, message);
    }

    @Override
    public List<String> historyGuard(String historyTable, String message) {
        return SqliteVersionTable.historyGuard(historyTable, message);
    }

    @Override
    public List<String> sessionStart() {
        return List.of();
    }

    @Override
    public List<String> sessionEnd() {
        return List.of();
    }

    @Override
    public List<String> createTable(CreateTable op, RenderContext ctx) {
        return render(op, () -> List.of(SqliteDdl.createTable(op.table(), op.table().name(), ctx.after(), op.pos())));
    }

    @Override
    public List<String> dropTable(DropTable op, RenderContext ctx) {
        return List.of("DROP TABLE " + quote(op.name()));
    }

    @Override
    public List<String> renameTable(RenameTable op, RenderContext ctx) {
        return List.of("ALTER TABLE " + quote(op.name()) + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<String> addColumn(AddColumn op, RenderContext ctx) {
        return render(op, () -> {
            Column c = op.column();
            boolean notNullWithoutDefault = !c.nullable() && c.defaultValue().isEmpty();
            boolean timestampDefault = c.defaultValue().map(d -> d.kind() == Literal.Kind.CURRENT_TIMESTAMP).orElse(false);
            if (notNullWithoutDefault || timestampDefault) {
                // ADD COLUMN refuses both (it must fill existing rows with a constant), a rebuild can do it
                return rebuild(op, op.table(), ctx);
            }
            return List.of("ALTER TABLE " + quote(op.table()) + " ADD COLUMN "
                    + SqliteDdl.column(op.table(), c, ctx.after(), Optional.empty()));
        });
    }

    @Override
    public List<String> dropColumn(DropColumn op, RenderContext ctx) {
        // the model refuses columns still used by keys, constraints or indexes: exactly DROP COLUMN's limits
        return List.of("ALTER TABLE " + quote(op.table()) + " DROP COLUMN " + quote(op.name()));
    }

    @Override
    public List<String> alterColumn(AlterColumn op, RenderContext ctx) {
        return render(op, () -> {
            List<String> out = new ArrayList<>();
            Table current = ctx.before().table(op.table()).orElseThrow();
            Column old = current.column(op.name()).orElseThrow();
            String name = op.renameTo().orElse(op.name());
            if (op.renameTo().isPresent()) {
                // natively, so SQLite also rewrites other tables' foreign keys and views that use the column
                out.add("ALTER TABLE " + quote(op.table()) + " RENAME COLUMN " + quote(op.name()) + " TO "
                        + quote(name));
                current = current.mapColumn(op.name(), c -> c.withName(name));
            }
            Table target = ctx.after().table(op.table()).orElseThrow();
            if (!old.withName(name).equals(target.column(name).orElseThrow())) {
                out.addAll(SqliteTableRebuild.statements(current, target, ctx.before(), ctx.after(), op.pos()));
            }
            return out;
        });
    }

    @Override
    public List<String> createIndex(CreateIndex op, RenderContext ctx) {
        return List.of(SqliteDdl.createIndex(op.index()));
    }

    @Override
    public List<String> dropIndex(DropIndex op, RenderContext ctx) {
        return List.of("DROP INDEX " + quote(op.index(ctx.before()).nameOn(Dialect.SQLITE)));
    }

    @Override
    public List<String> addForeignKey(AddForeignKey op, RenderContext ctx) {
        return render(op, () -> rebuild(op, op.table(), ctx));
    }

    @Override
    public List<String> addUnique(AddUnique op, RenderContext ctx) {
        return render(op, () -> rebuild(op, op.table(), ctx));
    }

    @Override
    public List<String> addCheck(AddCheck op, RenderContext ctx) {
        return render(op, () -> rebuild(op, op.table(), ctx));
    }

    @Override
    public List<String> dropConstraint(DropConstraint op, RenderContext ctx) {
        return render(op, () -> rebuild(op, op.table(), ctx));
    }

    @Override
    public List<String> createPrimaryKey(org.sqlbundle.compiler.internal.ops.CreatePrimaryKey op, RenderContext ctx) {
        return render(op, () -> rebuild(op, op.table(), ctx));
    }

    @Override
    public List<String> createEnum(CreateEnum op, RenderContext ctx) {
        return List.of(); // SQLite has no types to create; columns carry the labels in a CHECK
    }

    @Override
    public List<String> dropEnum(DropEnum op, RenderContext ctx) {
        return List.of();
    }

    @Override
    public List<String> addEnumValue(AddEnumValue op, RenderContext ctx) {
        return rebuildUsers(op, op.name(), ctx);
    }

    /** The guards first, one per column of the enum, so nothing is rebuilt while a row holds the value. */
    @Override
    public List<String> alterTableOptions(AlterTableOptions op, RenderContext ctx) {
        return List.of();
    }

    @Override
    public List<String> dropEnumValue(DropEnumValue op, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        for (EnumValues.Use u : EnumValues.uses(ctx.before(), op.name())) {
            out.addAll(SqliteAbort.unless("NOT EXISTS (SELECT 1 FROM " + quote(u.table().name()) + " WHERE "
                    + quote(u.column().name()) + " = " + SqliteSql.string(op.value()) + ")",
                    EnumValueGuards.message(op, u.table().name(), u.column().name())));
        }
        out.addAll(rebuildUsers(op, op.name(), ctx));
        return out;
    }

    /** Each table with a column of the enum is rebuilt, which writes its CHECK (col IN (...)) anew. */
    private static List<String> rebuildUsers(Op op, String enumName, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        EnumValues.uses(ctx.after(), enumName).stream().map(u -> u.table().name()).distinct()
                .forEach(t -> out.addAll(rebuild(op, t, ctx)));
        return out;
    }

    @Override
    public List<String> createView(CreateView op, RenderContext ctx) {
        return render(op, () -> List.of("CREATE VIEW " + quote(op.view().name()) + " AS "
                + statementText(op, op.view().sqlFor(Dialect.SQLITE))));
    }

    @Override
    public List<String> dropView(DropView op, RenderContext ctx) {
        return List.of("DROP VIEW " + quote(op.name()));
    }

    @Override
    public List<String> insert(Insert op, RenderContext ctx) {
        return render(op, () -> op.rows().stream().map(row -> "INSERT INTO " + quote(op.table()) + " ("
                + SqliteSql.quoteAll(List.copyOf(row.keySet())) + ") VALUES ("
                + row.values().stream().map(SqliteSql::literal).collect(Collectors.joining(", ")) + ")").toList());
    }

    @Override
    public List<String> delete(Delete op, RenderContext ctx) {
        return render(op, () -> op.keys().stream().map(key -> "DELETE FROM " + quote(op.table()) + " WHERE "
                + key.entrySet().stream().map(SqliteRenderer::matches).collect(Collectors.joining(" AND "))).toList());
    }

    @Override
    public List<String> sql(Sql op, RenderContext ctx) {
        return render(op, () -> List.of(statementText(op, op.sqlFor(Dialect.SQLITE))));
    }

    private static String matches(Map.Entry<String, Literal> cell) {
        Literal v = cell.getValue();
        return SqliteSql.quote(cell.getKey()) + (v.isNull() ? " IS NULL" : " = " + SqliteSql.literal(v));
    }

    private static List<String> rebuild(Op op, String table, RenderContext ctx) {
        return SqliteTableRebuild.statements(ctx.before().table(table).orElseThrow(),
                ctx.after().table(table).orElseThrow(), ctx.before(), ctx.after(), op.pos());
    }

    /** SQL written by the author, trimmed of the trailing semicolons the bundle adds itself. */
    private static String statementText(Op op, String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (text.isEmpty()) {
            throw Fields.error(op.pos(), "E202", op.describe() + ": the SQL for sqlite is empty",
                    "write the statement, or give a 'dialects: {sqlite: ...}' variant");
        }
        return text;
    }

    /** Turns a value SQLite can't take (a number it can't read) into an error at the op, naming the dialect. */
    private static List<String> render(Op op, Supplier<List<String>> statements) {
        try {
            return statements.get();
        } catch (NumberFormatException e) {
            throw Fields.error(op.pos(), "E203", op.describe() + ": a number in this op can't be written for "
                    + "sqlite: " + e.getMessage(), "write numbers in plain decimal notation, e.g. 1000 or 12.5");
        }
    }
}
