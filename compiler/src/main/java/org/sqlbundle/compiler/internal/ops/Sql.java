package org.sqlbundle.compiler.internal.ops;

import java.util.Map;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.errors.SourcePos;

/**
 * Raw SQL, for data fixes the vocabulary can't say. It must not change the schema (the model can't see
 * inside it; the verifier would report the difference). Always needs an explicit downgrade.
 * {@code parse=false} skips the JSqlParser check for statements it can't read. {@code declaredDestructive} is the
 * author's reason when the SQL loses data on purpose (an orphan-row cleanup): reported like any destructive op.
 */
public record Sql(SourcePos pos, String sql, Map<Dialect, String> variants, boolean parse,
                  Optional<String> declaredDestructive) implements Op {

    public Sql {
        variants = Map.copyOf(variants);
    }

    public Sql(SourcePos pos, String sql, Map<Dialect, String> variants, boolean parse) {
        this(pos, sql, variants, parse, Optional.empty());
    }

    public String sqlFor(Dialect dialect) {
        return variants.getOrDefault(dialect, sql);
    }

    @Override
    public String opName() {
        return "sql";
    }

    @Override
    public Schema apply(Schema before) {
        return before;
    }

    @Override
    public Reversal reverse(Schema before) {
        return Reversal.irreversible("raw sql can't be reversed automatically");
    }

    @Override
    public Optional<String> destructiveReason(Schema before) {
        return declaredDestructive.map(why -> "declared destructive: " + (why.isEmpty() ? describe() : why));
    }

    @Override
    public String describe() {
        String first = sql.strip().lines().findFirst().orElse("");
        return "sql " + (first.length() > 60 ? first.substring(0, 57) + "..." : first);
    }

    @Override
    public <R, C> R accept(OpVisitor<R, C> visitor, C context) {
        return visitor.sql(this, context);
    }
}
