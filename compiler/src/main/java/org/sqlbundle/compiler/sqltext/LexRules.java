package org.sqlbundle.compiler.sqltext;

import org.sqlbundle.compiler.render.Dialect;

/**
 * The lexical facts of one dialect family: what quotes, escapes and comments its own client and server read.
 * One record per family, so the splitter, the catalog readers and the renderers cannot disagree about them.
 *
 * @param backslashEscapes      {@code \} escapes the next character inside '...' and "..." strings (MySQL, MariaDB,
 *                              unless the session's sql_mode holds NO_BACKSLASH_ESCAPES)
 * @param doubleQuotedStrings   {@code "..."} is a string, not a name (MySQL, MariaDB)
 * @param backtickIdentifiers   {@code `name`} is a quoted name (MySQL, MariaDB, SQLite)
 * @param bracketIdentifiers    {@code [name]} is a quoted name (SQLite)
 * @param hashComments          {@code #} starts a line comment (MySQL, MariaDB)
 * @param slashComments         {@code //} starts a line comment (H2's RunScript)
 * @param dashCommentNeedsSpace {@code --} starts a comment only before white space or the end (MySQL, MariaDB)
 * @param dollarQuotes          {@code $$...$$} strings (PostgreSQL, H2)
 * @param dollarTags            {@code $tag$...$tag$} strings as well (PostgreSQL)
 * @param escapeStrings         {@code E'...'} strings take backslash escapes (PostgreSQL)
 * @param nestedBlockComments   block comments nest (PostgreSQL; H2's RunScript)
 * @param executableComments    {@code /*! ... *}{@code /} is code to the server, not a comment (MySQL, MariaDB)
 */
public record LexRules(
        boolean backslashEscapes,
        boolean doubleQuotedStrings,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean hashComments,
        boolean slashComments,
        boolean dashCommentNeedsSpace,
        boolean dollarQuotes,
        boolean dollarTags,
        boolean escapeStrings,
        boolean nestedBlockComments,
        boolean executableComments) {

    public static final LexRules POSTGRESQL =
            new LexRules(false, false, false, false, false, false, false, true, true, true, true, false);
    /** MySQL and MariaDB as bundles run them: the bundle takes NO_BACKSLASH_ESCAPES out of sql_mode. */
    public static final LexRules MYSQL =
            new LexRules(true, true, true, false, true, false, true, false, false, false, false, true);
    /** MySQL and MariaDB under {@code sql_mode} NO_BACKSLASH_ESCAPES: a backslash is an ordinary character. */
    public static final LexRules MYSQL_NO_BACKSLASH_ESCAPES =
            new LexRules(false, true, true, false, true, false, true, false, false, false, false, true);
    public static final LexRules SQLITE =
            new LexRules(false, false, true, true, false, false, false, false, false, false, false, false);
    /** H2 as its RunScript (ScriptReader) reads a script: {@code $$} strings without tags, {@code //} comments. */
    public static final LexRules H2 =
            new LexRules(false, false, false, false, false, true, false, true, false, false, true, false);

    public static LexRules forDialect(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return POSTGRESQL;
            case MYSQL:
            case MARIADB:
                return MYSQL;
            case SQLITE:
                return SQLITE;
            case H2:
                return H2;
            default:
                throw new IllegalArgumentException("no lexical rules for " + dialect);
        }
    }
}
