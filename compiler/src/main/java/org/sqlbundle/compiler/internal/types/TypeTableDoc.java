package org.sqlbundle.compiler.internal.types;

import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.Schema;

/** docs/type-table.md: every dialect's row of the type table, as the DDL writes it and as the catalog prints it. */
public final class TypeTableDoc {

    private static final List<String> EXAMPLES = List.of("integer", "bigint", "smallint", "boolean", "string(36)",
            "text", "text(255)", "text(65535)", "text(16777215)", "date", "datetime", "timestamp", "decimal(10,2)", "float", "double", "binary", "json", "enum(mood)");
    private static final Schema SCHEMA = Schema.EMPTY.withEnum(new EnumType("mood", List.of("ok", "bad")));

    private TypeTableDoc() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder("# Portable types per dialect\n\n")
                .append("Generated from `TypeTable` (compiler, package `types`) by `TypeTableDoc.markdown()`; ")
                .append("`TypeTableDocTest` fails when this file is out of date. The renderers write the DDL column,\n")
                .append("the verifier expects the catalog column in a snapshot, and autogenerate reads the catalog ")
                .append("column back. Why each type was chosen: [dialects.md](dialects.md), [sqlite.md](sqlite.md).\n");
        section(out, "DDL (what a bundle says)", true);
        section(out, "Catalog (what the database reports back)", false);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, boolean ddl) {
        out.append("\n## ").append(title).append("\n\n| portable |");
        for (Dialect d : Dialect.values()) {
            out.append(' ').append(d.cliName).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(Dialect.values().length)).append('\n');
        for (String example : EXAMPLES) {
            PortableType type = PortableType.parse(example);
            out.append("| `").append(example).append("` |");
            for (Dialect d : Dialect.values()) {
                TypeTable table = TypeTable.forDialect(d);
                String spelling = ddl ? table.ddl(type, SCHEMA, TypeTable::catalogQuoted) : table.catalog(type, SCHEMA);
                out.append(" `").append(spelling).append("` |");
            }
            out.append('\n');
        }
    }
}
