package org.sqlbundle.runtime;

import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.LexRules;

/**
 * How a dialect's client splits a script: the family's lexical rules (quotes, escapes, comments: one
 * {@link LexRules} shared with every other reader of SQL text) plus what only the splitter needs. Scripts are
 * split at {@code ;}; a client's {@code DELIMITER} command is not supported, as bundles never use one.
 *
 * @param lexis         quotes, escapes and comments of the dialect family
 * @param triggerBodies {@code CREATE [TEMP] TRIGGER ... BEGIN ...; END} is one statement (SQLite)
 */
public record SplitRules(LexRules lexis, boolean triggerBodies) {

    public static SplitRules forDialect(Dialect dialect) {
        return new SplitRules(LexRules.forDialect(dialect), dialect == Dialect.SQLITE);
    }
}
