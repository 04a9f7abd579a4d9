package org.sqlbundle.compiler.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.internal.model.TableOptions;
import org.sqlbundle.compiler.internal.ops.AlterTableOptions;

/**
 * MySQL/MariaDB table options as SQL. jOOQ renders CREATE TABLE's options through its {@code storage} clause but
 * has no ALTER TABLE for them, so the ALTER is written here; the names pasted are the checked, canonical spellings
 * of {@code TableOptionRules} (letters, digits and underscores only), never the author's raw text.
 */
public final class TableOptionsDdl {

    /** How the dialects without table options answer alter_table_options. */
    public static final Support NO_STATEMENT = Support.emulated("no statement: engine, charset and collation are "
            + "MySQL/MariaDB table options, kept in the model only");

    private TableOptionsDdl() {
    }

    /** What dialects without table options render for alter_table_options: nothing (the bundle keeps the header). */
    public static List<String> none() {
        return List.of();
    }

    /** {@code engine = E default character set C collate K}, the parts stated; empty when none is. */
    public static Optional<String> createOptions(TableOptions o) {
        List<String> parts = new ArrayList<>();
        o.engine().ifPresent(e -> parts.add("engine = " + e));
        o.charset().ifPresent(c -> parts.add("default character set " + c));
        o.collation().ifPresent(c -> parts.add("collate " + c));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    /**
     * One ALTER TABLE: {@code engine = E} and/or {@code convert to character set C [collate K]}. CONVERT, not
     * DEFAULT CHARACTER SET: the default alone would leave every existing text column in the old charset, a state
     * the model (columns follow their table) can't describe; converting gives what create_table with these options
     * gives.
     */
    public static String alter(String quotedTable, AlterTableOptions op) {
        TableOptions change = op.change();
        List<String> parts = new ArrayList<>();
        change.engine().ifPresent(e -> parts.add("engine = " + e));
        op.charset().ifPresent(c -> parts.add("convert to character set " + c
                + change.collation().map(k -> " collate " + k).orElse("")));
        return "alter table " + quotedTable + " " + String.join(", ", parts);
    }
}
