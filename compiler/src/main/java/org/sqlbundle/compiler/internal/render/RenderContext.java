package org.sqlbundle.compiler.internal.render;

import org.sqlbundle.compiler.internal.model.Schema;

/**
 * What a renderer knows when it renders one op: the schema just before it and just after it. SQLite
 * rebuilds read whole tables from these; MySQL restates whole columns from them.
 */
public record RenderContext(Schema before, Schema after) {
}
