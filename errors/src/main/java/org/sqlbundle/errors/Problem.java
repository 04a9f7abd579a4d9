package org.sqlbundle.errors;

import java.util.Optional;

/**
 * One thing wrong with the input: where, a stable code, what is wrong and how to fix it.
 * Printed as {@code file:line:col: error[E012]: message} followed by a {@code hint:} line.
 */
public record Problem(SourcePos pos, String code, String message, Optional<String> hint) {

    public static Problem of(SourcePos pos, String code, String message) {
        return new Problem(pos, code, message, Optional.empty());
    }

    public static Problem of(SourcePos pos, String code, String message, String hint) {
        return new Problem(pos, code, message, Optional.ofNullable(hint));
    }

    public String format() {
        return format("error");
    }

    /** As {@link #format()}, with another severity word, such as {@code warning}. */
    public String format(String severity) {
        String head = pos + ": " + severity + "[" + code + "]: " + message;
        return hint.map(h -> head + "\n  hint: " + h).orElse(head);
    }
}
