package org.sqlbundle.compiler.internal.lint;

import java.util.Set;
import org.sqlbundle.compiler.Dialect;

/** What the chain is linted for: the dialects it will be compiled to. */
public record LintScope(Set<Dialect> dialects) {

    public LintScope {
        dialects = Set.copyOf(dialects);
    }
}
