package org.sqlbundle.compiler.internal.lint;

import java.util.Optional;
import org.sqlbundle.errors.SourcePos;

/**
 * One lint finding: where (the op, or the revision file when no op is to blame), which rule, and how to fix it.
 * Printed like compile errors: {@code file:line:col: warning[L001]: revision abc: message} plus a hint line.
 */
public record Finding(SourcePos pos, String code, Severity severity, String revisionId, String message,
                      Optional<String> hint) {

    public String format() {
        String head = pos + ": " + severity.label() + "[" + code + "]: revision " + revisionId + ": " + message;
        return hint.map(h -> head + "\n  hint: " + h).orElse(head);
    }
}
