package org.sqlbundle.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A script's statements grouped into explicit transaction blocks ({@code BEGIN} through the statement that ends it)
 * and the statements between them, one group each. What a block does is bound to its end: if any of its statements
 * fails, the whole block is lost whether it was sent at once or statement by statement, so sending it at once changes
 * nothing a database keeps. A statement outside a block commits on its own, so it stays a group of its own.
 */
final class TransactionBlocks {

    private static final Set<String> STARTS = Set.of("begin", "start");
    /**
     * Every first word that can end (or leave) a block, {@code ROLLBACK TO SAVEPOINT} and SQL {@code PREPARE}
     * included: ending a group early only costs a round trip, while a group that ran past its block's real end
     * would join statements that commit on their own.
     */
    private static final Set<String> ENDS = Set.of("commit", "end", "rollback", "abort", "prepare");

    private TransactionBlocks() {
    }

    /** In script order; a group of more than one statement is one block, from its BEGIN to its end (or the script's). */
    static List<List<ScriptStatement>> of(List<ScriptStatement> statements) {
        List<List<ScriptStatement>> groups = new ArrayList<>();
        List<ScriptStatement> block = null;
        for (ScriptStatement statement : statements) {
            String first = firstWord(statement.sql());
            if (block == null) {
                if (STARTS.contains(first)) {
                    block = new ArrayList<>(List.of(statement));
                } else {
                    groups.add(List.of(statement));
                }
                continue;
            }
            block.add(statement);
            if (ENDS.contains(first)) {
                groups.add(List.copyOf(block));
                block = null;
            }
        }
        if (block != null) {
            groups.add(List.copyOf(block));
        }
        return groups;
    }

    /** The splitter drops comments before a statement, so its text starts with its first word. */
    static String firstWord(String sql) {
        String s = sql.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
