package org.sqlbundle.compiler.internal.render.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.ops.AddEnumValue;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;
import org.sqlbundle.compiler.internal.ops.DropEnumValue;
import org.sqlbundle.compiler.internal.ops.DropIndex;
import org.sqlbundle.compiler.internal.ops.EnumValues;
import org.sqlbundle.compiler.internal.render.AlterColumnSteps;
import org.sqlbundle.compiler.internal.render.EnumValueGuards;
import org.sqlbundle.compiler.internal.render.Guards;
import org.sqlbundle.compiler.internal.render.JooqRenderer;
import org.sqlbundle.compiler.internal.render.PrimaryKeyDdl;
import org.sqlbundle.compiler.internal.render.RenderContext;
import org.sqlbundle.compiler.internal.render.Support;
import org.sqlbundle.compiler.internal.render.TableOptionsDdl;

/**
 * H2 2.x: DDL commits implicitly (not transactional), enums inlined as ENUM('a','b') column types (a snapshot then reads the labels
 * straight off the column, no separate type to track), comments via COMMENT ON.
 */
public class H2Renderer extends JooqRenderer {

    public H2Renderer() {
        super(Dialect.H2);
    }

    @Override
    protected String checkExpression(Table table, CheckConstraint check) {
        Set<String> columns = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        return ColumnNameQuoting.quoteColumns(check.expression(), columns, this::quote);
    }

    @Override
    protected boolean inlineColumnComments() {
        return false;
    }

    @Override
    public List<String> createPrimaryKey(org.sqlbundle.compiler.internal.ops.CreatePrimaryKey op, RenderContext ctx) {
        return List.of(PrimaryKeyDdl.add(dsl, dialect, op.table(), op.primaryKey(), true));
    }

    /** DROP PRIMARY KEY: H2 names an unnamed key CONSTRAINT_xx, which the chain can't know. */
    @Override
    public List<String> dropConstraint(org.sqlbundle.compiler.internal.ops.DropConstraint op, RenderContext ctx) {
        if (!op.kind(ctx.before()).equals("primary key")) {
            return super.dropConstraint(op, ctx);
        }
        Table table = ctx.before().table(op.table()).orElseThrow();
        return freeingAdoptedIndex(table, table.primaryKey().orElseThrow().columns(),
                List.of("alter table " + quote(op.table()) + " drop primary key"));
    }

    @Override
    public List<String> dropIndex(DropIndex op, RenderContext ctx) {
        Index index = op.index(ctx.before());
        return freeingAdoptedIndex(ctx.before().table(index.table()).orElseThrow(), index.columns(),
                super.dropIndex(op, ctx));
    }

    /** {@code drop} between dropping and re-adding the foreign keys that may have adopted its index (AdoptedIndexes). */
    private List<String> freeingAdoptedIndex(Table table, List<String> columns, List<String> drop) {
        List<ForeignKey> keys = AdoptedIndexes.mayHaveAdopted(table, columns);
        List<String> out = new ArrayList<>();
        keys.forEach(fk -> out.add(dsl.alterTable(name(table.name())).dropConstraint(name(fk.nameOn(dialect))).getSQL()));
        out.addAll(drop);
        keys.forEach(fk -> out.add(dsl.alterTable(name(table.name())).add(foreignKey(fk)).getSQL()));
        return out;
    }

    @Override
    public List<String> alterColumn(AlterColumn op, RenderContext ctx) {
        // SET DATA TYPE changes only the type; the default and NOT NULL stay as they are
        return AlterColumnSteps.render(dsl, op, ctx, (table, before, after, defaultFollows) -> List.of("alter table " + quote(table)
                + " alter column " + quote(before.name()) + " set data type " + typeName(after.type(), ctx.after())));
    }

    @Override
    public List<String> addEnumValue(AddEnumValue op, RenderContext ctx) {
        return EnumValueGuards.render(this, Optional.empty(), ctx, retype(op.name(), ctx));
    }

    @Override
    public List<String> dropEnumValue(DropEnumValue op, RenderContext ctx) {
        return EnumValueGuards.render(this, Optional.of(op), ctx, retype(op.name(), ctx));
    }

    /** Each column of the enum gets ENUM(...) with the new values; SET DATA TYPE keeps its default and NOT NULL. */
    private List<String> retype(String enumName, RenderContext ctx) {
        return EnumValues.uses(ctx.after(), enumName).stream().map(u -> "alter table " + quote(u.table().name())
                + " alter column " + quote(u.column().name()) + " set data type "
                + typeName(u.column().type(), ctx.after())).toList();
    }

    @Override
    public Support support(String opName) {
        if (opName.equals("add_enum_value") || opName.equals("drop_enum_value")) {
            return Support.nativeSql("ALTER COLUMN SET DATA TYPE ENUM(...) on every column of the enum"
                    + (opName.startsWith("drop") ? ", after a guard that refuses while rows hold the value" : ""));
        }
        if (opName.equals("create_enum") || opName.equals("drop_enum")) {
            return Support.emulated("no statement: the labels are inlined into each column as ENUM('a', 'b')");
        }
        if (opName.equals("drop_index")) {
            return Support.nativeSql("DROP INDEX; a foreign key on exactly the index's columns, which may have adopted"
                    + " it, is dropped before and added again after");
        }
        if (opName.equals("drop_constraint")) {
            return Support.nativeSql("DROP CONSTRAINT; for a primary key, a foreign key on exactly its columns is"
                    + " dropped before and added again after (it may have adopted the key's index)");
        }
        return super.support(opName);
    }

    /**
     * False, measured: H2 2.x commits the open transaction at every DDL statement, so a failed upgrade can't
     * be rolled back (H2RendererTest shows the table surviving a ROLLBACK).
     */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * H2 has no RAISE; casting a text to integer fails and the error quotes the text. The text ends with a
     * subquery so H2 can't fold the cast into a constant and fail even when the database is at the version.
     */
    @Override
    protected List<String> stopUnless(Guards.Condition ok, String message, Optional<Guards.Detail> detail) {
        return List.of(failingCast(ok.holds(), message, detail));
    }

    @Override
    protected Optional<String> joined(String text, String orderBy) {
        return Optional.of("listagg(" + text + ", ', ') within group (order by " + orderBy + ")");
    }

    /** The guard's failing cast over the rows the statement changed (H2's data change delta table). */
    @Override
    public List<String> requireOneRow(String statement, String message) {
        String delta = statement.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("delete") ? "old" : "new";
        return List.of(failingCast("count(*) = 1", message, Optional.of(new Guards.Detail(": ",
                "count(*) || ' row(s) changed'"))) + " from " + delta + " table (" + statement + ")");
    }

    private String failingCast(String ok, String message, Optional<Guards.Detail> detail) {
        String text = Guards.messageText(this, message, detail);
        return "select cast(case when " + ok + " then '0' else " + text + " end as integer)";
    }

    @Override
    public List<String> alterTableOptions(AlterTableOptions op, RenderContext ctx) {
        return TableOptionsDdl.none();
    }
}
