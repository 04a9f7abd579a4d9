package org.sqlbundle.compiler.internal.render;

import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.internal.model.Literal;

/**
 * Turns a model {@link Literal} into a jOOQ field that inlines as a SQL literal, so every string is
 * escaped by jOOQ for the dialect at hand (quote doubling everywhere, backslash doubling on MySQL/MariaDB).
 */
public final class LiteralRendering {

    private LiteralRendering() {
    }

    public static Field<?> field(Literal literal) {
        return switch (literal.kind()) {
            case STRING -> DSL.inline(literal.text());
            // BigDecimal keeps the number exactly as written (1.50 stays 1.50, no float rounding)
            case NUMBER -> DSL.inline(new BigDecimal(literal.text()));
            case BOOLEAN -> DSL.inline(Boolean.parseBoolean(literal.text()));
            case NULL -> DSL.inline((Object) null);
            case CURRENT_TIMESTAMP -> DSL.currentTimestamp();
        };
    }
}
