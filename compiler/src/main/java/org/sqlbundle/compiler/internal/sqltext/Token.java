package org.sqlbundle.compiler.internal.sqltext;

/**
 * One token: its kind, its exact text (quotes, escapes and comment markers included), where it starts, and whether
 * it is complete (false for a string, quoted name, dollar quote or block comment the text ends inside).
 */
public record Token(TokenKind kind, String text, int start, boolean complete) {

    public int end() {
        return start + text.length();
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** Whether this is the punctuation character {@code c}. */
    public boolean isPunctuation(char c) {
        return kind == TokenKind.PUNCTUATION && text.length() == 1 && text.charAt(0) == c;
    }
}
