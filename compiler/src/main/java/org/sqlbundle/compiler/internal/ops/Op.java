package org.sqlbundle.compiler.internal.ops;

import java.util.Optional;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.errors.SourcePos;

/**
 * One schema or data change, as written in a revision file. Ops are pure data plus the model rules:
 * {@link #apply} validates the op against the schema before it and returns the schema after it;
 * {@link #reverse} derives the ops that undo it, from what the schema knew before it.
 */
public sealed interface Op permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex, AddForeignKey, AddUnique, AddCheck, DropConstraint, CreateEnum, DropEnum,
        CreateView, DropView, Insert, Delete, Sql, CreatePrimaryKey, AddEnumValue, DropEnumValue,
        AlterTableOptions {

    /** Where the op was written; model errors point here. */
    SourcePos pos();

    /** The YAML name, such as {@code drop_column}. */
    String opName();

    /** The schema after this op; throws a BAD_INPUT SqlbundleException at {@link #pos} if the op doesn't fit. */
    Schema apply(Schema before);

    /** The ops that undo this one, in the order to run them, or why it can't be derived. */
    Reversal reverse(Schema before);

    /** Why this op loses data, if it does; shown in bundle comments and reports. */
    Optional<String> destructiveReason(Schema before);

    /** A short one-line description for bundle comments, e.g. {@code drop_column pools.status}. */
    String describe();

    <R, C> R accept(OpVisitor<R, C> visitor, C context);
}
