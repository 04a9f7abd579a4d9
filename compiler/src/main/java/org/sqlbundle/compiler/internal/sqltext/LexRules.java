package org.sqlbundle.compiler.internal.sqltext;

import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.BACKSLASH_ESCAPES;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.BACKTICK_NAMES;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.BRACKET_NAMES;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.CR_ENDS_LINE_COMMENTS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.DASH_COMMENT_NEEDS_SPACE;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.DOLLAR_AFTER_SPACE_ONLY;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.DOLLAR_QUOTES;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.DOLLAR_TAGS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.DOUBLE_QUOTED_STRINGS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.ESCAPE_STRINGS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.EXECUTABLE_COMMENTS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.HASH_COMMENTS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.NESTED_BLOCK_COMMENTS;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.PAIRWISE_COMMENT_SCAN;
import static org.sqlbundle.compiler.internal.sqltext.LexRules.Feature.SLASH_COMMENTS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.sqlbundle.compiler.Dialect;

/**
 * The lexical facts of one dialect family, as its own client splits a script: which quotes, escapes and comments it
 * reads. One value per family, so the splitter, the catalog readers and the renderers cannot disagree about them.
 * Every family reads {@code '...'} strings with doubled quotes, {@code --} and block comments; the rest is a
 * {@link Feature}.
 */
public record LexRules(Set<Feature> features) {

    /** What a family adds to the common rules. */
    public enum Feature {
        /** {@code \} escapes the next character inside '...' and "..." strings (MySQL, MariaDB). */
        BACKSLASH_ESCAPES,
        /** {@code "..."} is a string, not a name (MySQL, MariaDB). */
        DOUBLE_QUOTED_STRINGS,
        /** {@code `name`} is a quoted name (MySQL, MariaDB, SQLite). */
        BACKTICK_NAMES,
        /** {@code [name]} is a quoted name (SQLite). */
        BRACKET_NAMES,
        /** {@code #} starts a line comment (MySQL, MariaDB). */
        HASH_COMMENTS,
        /** {@code //} starts a line comment (H2). */
        SLASH_COMMENTS,
        /** {@code --} starts a comment only before white space, a control character or the end (MySQL, MariaDB). */
        DASH_COMMENT_NEEDS_SPACE,
        /** A carriage return ends a line comment, as a line feed does (PostgreSQL, H2). */
        CR_ENDS_LINE_COMMENTS,
        /** {@code $$...$$} strings (PostgreSQL, H2). */
        DOLLAR_QUOTES,
        /** {@code $$} opens a string only at a statement's start or after white space (H2's RunScript). */
        DOLLAR_AFTER_SPACE_ONLY,
        /** {@code $tag$...$tag$} strings as well (PostgreSQL). */
        DOLLAR_TAGS,
        /** {@code E'...'} strings take backslash escapes (PostgreSQL). */
        ESCAPE_STRINGS,
        /** Block comments nest (PostgreSQL, H2). */
        NESTED_BLOCK_COMMENTS,
        /**
         * Inside a block comment, a {@code *} or {@code /} takes the next character with it, so {@code **}{@code /}
         * does not close the comment (H2's RunScript).
         */
        PAIRWISE_COMMENT_SCAN,
        /** {@code /*! ... *}{@code /} is code to the server, not a comment (MySQL, MariaDB). */
        EXECUTABLE_COMMENTS
    }

    /** Standard SQL and nothing more: how catalogs print literals (quotes doubled, a backslash is itself). */
    public static final LexRules STANDARD = of();
    public static final LexRules POSTGRESQL = of(CR_ENDS_LINE_COMMENTS, DOLLAR_QUOTES, DOLLAR_TAGS, ESCAPE_STRINGS,
            NESTED_BLOCK_COMMENTS);
    /** MySQL and MariaDB as bundles run them: the bundle takes NO_BACKSLASH_ESCAPES out of sql_mode. */
    public static final LexRules MYSQL = of(BACKSLASH_ESCAPES, DOUBLE_QUOTED_STRINGS, BACKTICK_NAMES, HASH_COMMENTS,
            DASH_COMMENT_NEEDS_SPACE, EXECUTABLE_COMMENTS);
    /** MySQL and MariaDB under {@code sql_mode} NO_BACKSLASH_ESCAPES: a backslash is an ordinary character. */
    public static final LexRules MYSQL_NO_BACKSLASH_ESCAPES = of(DOUBLE_QUOTED_STRINGS, BACKTICK_NAMES, HASH_COMMENTS,
            DASH_COMMENT_NEEDS_SPACE, EXECUTABLE_COMMENTS);
    public static final LexRules SQLITE = of(BACKTICK_NAMES, BRACKET_NAMES);
    /** H2 as its RunScript (org.h2.util.ScriptReader) reads a script. */
    public static final LexRules H2 = of(SLASH_COMMENTS, CR_ENDS_LINE_COMMENTS, DOLLAR_QUOTES, DOLLAR_AFTER_SPACE_ONLY,
            NESTED_BLOCK_COMMENTS, PAIRWISE_COMMENT_SCAN);

    public LexRules {
        EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
        set.addAll(features);
        features = Collections.unmodifiableSet(set); // in declaration order, so toString is stable
    }

    public static LexRules of(Feature... features) {
        return new LexRules(Set.of(features));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

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
