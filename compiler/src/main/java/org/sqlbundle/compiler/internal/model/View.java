package org.sqlbundle.compiler.internal.model;

import java.util.Map;
import org.sqlbundle.compiler.Dialect;

/** A view: its portable SELECT and optional per-dialect variants. */
public record View(String name, String sql, Map<Dialect, String> variants) {
    public View {
        variants = Map.copyOf(variants);
    }

    public String sqlFor(Dialect dialect) {
        return variants.getOrDefault(dialect, sql);
    }
}
