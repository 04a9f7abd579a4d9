package org.sqlbundle.errors;

import java.util.Optional;

/**
 * One thing wrong with the input: where, a stable code, what is wrong and how to fix it.
 * Printed as {@code file:line:col: error[E012]: message} followed by a {@code hint:} line.
 *
 * @param pos where in the input; {@link SourcePos#ofFile} when no line applies
 * @param code the stable error code, such as {@code E012}; the README lists them
 * @param message what is wrong, one line
 * @param hint how to fix it, if known
 */
public record Problem(SourcePos pos, String code, String message, Optional<String> hint) {

    /** A problem without a hint. */
    public static Problem of(SourcePos pos, String code, String message) {
        return new Problem(pos, code, message, Optional.empty());
    }

    /** A problem with a hint on how to fix it; a null {@code hint} means none. */
    public static Problem of(SourcePos pos, String code, String message, String hint) {
        return new Problem(pos, code, message, Optional.ofNullable(hint));
    }

    /**
     * The problem as an error, compiler-style: {@code file:line:col: error[E012]: message}, then {@code   hint: ...}
     * on its own line if there is one.
     */
    public String format() {
        return format("error");
    }

    /** As {@link #format()}, with another severity word, such as {@code warning}. */
    public String format(String severity) {
        String head = pos + ": " + severity + "[" + code + "]: " + message;
        return hint.map(h -> head + "\n  hint: " + h).orElse(head);
    }
}
