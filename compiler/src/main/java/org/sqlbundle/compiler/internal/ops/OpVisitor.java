package org.sqlbundle.compiler.internal.ops;

/**
 * One method per op and no defaults, so adding an op fails to compile until every renderer answers it.
 * {@code C} is whatever context the visitor needs (for renderers: the schema before and after the op).
 */
public interface OpVisitor<R, C> {
    R createTable(CreateTable op, C ctx);

    R dropTable(DropTable op, C ctx);

    R renameTable(RenameTable op, C ctx);

    R addColumn(AddColumn op, C ctx);

    R dropColumn(DropColumn op, C ctx);

    R alterColumn(AlterColumn op, C ctx);

    R createIndex(CreateIndex op, C ctx);

    R dropIndex(DropIndex op, C ctx);

    R addForeignKey(AddForeignKey op, C ctx);

    R addUnique(AddUnique op, C ctx);

    R addCheck(AddCheck op, C ctx);

    R dropConstraint(DropConstraint op, C ctx);

    R createEnum(CreateEnum op, C ctx);

    R dropEnum(DropEnum op, C ctx);

    R createView(CreateView op, C ctx);

    R dropView(DropView op, C ctx);

    R insert(Insert op, C ctx);

    R delete(Delete op, C ctx);

    R sql(Sql op, C ctx);

    R createPrimaryKey(CreatePrimaryKey op, C ctx);

    R addEnumValue(AddEnumValue op, C ctx);

    R dropEnumValue(DropEnumValue op, C ctx);

    R alterTableOptions(AlterTableOptions op, C ctx);
}
