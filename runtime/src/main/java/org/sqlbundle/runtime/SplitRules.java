package org.sqlbundle.runtime;

import org.sqlbundle.compiler.render.Dialect;

/**
 * The lexical facts a dialect adds to the common SQL tokenizer (quotes, {@code --} and block comments), in the
 * spirit of Flyway's per-vendor parser hooks.
 *
 * @param backslashEscapes    {@code \'} escapes a quote inside '...' and "..." strings (MySQL, MariaDB)
 * @param backtickIdentifiers {@code `name`} is a quoted identifier (MySQL, MariaDB, SQLite)
 * @param hashComments        {@code #} starts a line comment (MySQL, MariaDB)
 * @param dollarQuotes        {@code $$...$$} and {@code $tag$...$tag$} strings (PostgreSQL; H2 accepts {@code $$})
 * @param escapeStrings       {@code E'...'} strings take backslash escapes (PostgreSQL)
 * @param nestedBlockComments block comments nest (PostgreSQL)
 * @param triggerBodies       {@code CREATE [TEMP] TRIGGER ... BEGIN ...; END} is one statement (SQLite)
 */
public record SplitRules(
        boolean backslashEscapes,
        boolean backtickIdentifiers,
        boolean hashComments,
        boolean dollarQuotes,
        boolean escapeStrings,
        boolean nestedBlockComments,
        boolean triggerBodies) {

    public static SplitRules forDialect(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return new SplitRules(false, false, false, true, true, true, false);
            case MYSQL:
            case MARIADB:
                return new SplitRules(true, true, true, false, false, false, false);
            case SQLITE:
                return new SplitRules(false, true, false, false, false, false, true);
            case H2:
                return new SplitRules(false, false, false, true, false, false, false);
            default:
                throw new IllegalArgumentException("no split rules for " + dialect);
        }
    }
}
