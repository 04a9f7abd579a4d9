package org.sqlbundle.compiler.internal.render;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.ops.OpReader;

/**
 * The op x dialect support table, built from the renderers' own answers so the docs can't drift from
 * the code: docs/support-table.md is this table, and a test fails when the two differ.
 */
public final class SupportTable {

    private SupportTable() {
    }

    /** The table as Markdown: one row per op, one column per dialect, each cell NATIVE/EMULATED/REFUSED and how. */
    public static String markdown() {
        List<DialectRenderer> renderers = new ArrayList<>();
        for (Dialect d : Dialect.values()) {
            renderers.add(Renderers.forDialect(d));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Op x dialect support table\n\n")
                .append("Generated from each renderer's `support(op)` by `SupportTable.markdown()`; ")
                .append("`SupportTableDocTest` fails when this file is out of date.\n")
                .append("NATIVE: one statement the dialect runs as is. EMULATED: done another way (said how). ")
                .append("REFUSED: a compile error.\n\n| op |");
        for (DialectRenderer r : renderers) {
            sb.append(' ').append(r.dialect().cliName).append(" |");
        }
        sb.append("\n|---|");
        renderers.forEach(r -> sb.append("---|"));
        sb.append('\n');
        for (String op : OpReader.OP_NAMES) {
            sb.append("| `").append(op).append("` |");
            for (DialectRenderer r : renderers) {
                Support s = r.support(op);
                sb.append(' ').append(s.level()).append(s.how().isBlank() ? "" : ": " + cell(s.how())).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
