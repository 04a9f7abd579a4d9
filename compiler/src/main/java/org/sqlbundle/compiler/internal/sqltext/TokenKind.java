package org.sqlbundle.compiler.internal.sqltext;

/** What a piece of SQL text is, as the {@link SqlLexer} cuts it. */
public enum TokenKind {
    WHITESPACE,
    /** {@code -- ...} ({@code # ...} on MySQL/MariaDB, {@code // ...} on H2) up to, not including, the line break. */
    LINE_COMMENT,
    /** {@code /* ... *}{@code /}, nested on PostgreSQL and H2; MySQL's executable {@code /*! ... *}{@code /} too. */
    BLOCK_COMMENT,
    /** {@code '...'} with its prefix where it changes the escapes ({@code E'...'}); on MySQL also {@code "..."}. */
    STRING,
    /** {@code "name"}, {@code `name`} or {@code [name]}, as the dialect quotes names. */
    QUOTED_IDENTIFIER,
    /** {@code $$...$$} or {@code $tag$...$tag$}. */
    DOLLAR_QUOTED,
    /** A keyword or unquoted name: a letter or {@code _}, then letters, digits, {@code _} and {@code $}. */
    WORD,
    NUMBER,
    /** {@code ;}, which ends a statement where nothing (a trigger body, say) holds it. */
    DELIMITER,
    /** Any other single character (one code point): operators, parentheses, commas. */
    PUNCTUATION;

    /** Whitespace or a comment: nothing a database reads as part of the statement's meaning. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
