package org.sqlbundle.compiler.internal.render;

import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.ForeignKey;

/**
 * A model foreign key as a jOOQ constraint; NO ACTION, every database's default, is left unsaid. A key the server
 * names on the dialect ({@code server_named:}) is written without a name, so the server names it and its index.
 */
final class ForeignKeyConstraints {

    private ForeignKeyConstraints() {
    }

    static Constraint of(ForeignKey fk, Dialect dialect) {
        ConstraintForeignKeyOnStep step = (fk.serverNamedOn(dialect)
                ? DSL.foreignKey(JooqRenderer.names(fk.columns()))
                : DSL.constraint(DSL.name(fk.nameOn(dialect))).foreignKey(JooqRenderer.names(fk.columns())))
                .references(DSL.name(fk.refTable()), JooqRenderer.names(fk.refColumns()));
        step = switch (fk.onDelete()) {
            case NO_ACTION -> step;
            case RESTRICT -> step.onDeleteRestrict();
            case CASCADE -> step.onDeleteCascade();
            case SET_NULL -> step.onDeleteSetNull();
            case SET_DEFAULT -> step.onDeleteSetDefault();
        };
        return switch (fk.onUpdate()) {
            case NO_ACTION -> step;
            case RESTRICT -> step.onUpdateRestrict();
            case CASCADE -> step.onUpdateCascade();
            case SET_NULL -> step.onUpdateSetNull();
            case SET_DEFAULT -> step.onUpdateSetDefault();
        };
    }
}
