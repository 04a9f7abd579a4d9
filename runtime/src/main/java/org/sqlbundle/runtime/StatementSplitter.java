package org.sqlbundle.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlbundle.compiler.render.Dialect;

/**
 * Splits a SQL script into statements at top-level {@code ;}, one pass over the characters. Quotes, comments,
 * dollar quotes and SQLite trigger bodies are skipped whole, so a {@code ;} inside them never ends a statement.
 * Comments before a statement are dropped (so its line is the line of its first word); comments inside are kept.
 * A script needs no {@code DELIMITER}: bundles never use one.
 */
public final class StatementSplitter {

    private final SplitRules rules;

    public StatementSplitter(SplitRules rules) {
        this.rules = rules;
    }

    public static StatementSplitter forDialect(Dialect dialect) {
        return new StatementSplitter(SplitRules.forDialect(dialect));
    }

    public List<ScriptStatement> split(String script) {
        return new Pass(script).run();
    }

    /** The state of one split: position, line, where the current statement started, trigger-body tracking. */
    private final class Pass {
        private final String s;
        private final List<ScriptStatement> out = new ArrayList<>();
        private int i;
        private int line = 1;
        private int start = -1;
        private int startLine;
        private int lastTokenEnd;
        private int wordCount;
        private boolean trigger;
        private boolean inBody;
        private int caseDepth;

        Pass(String script) {
            this.s = script;
        }

        List<ScriptStatement> run() {
            while (i < s.length()) {
                step();
            }
            if (start >= 0) {
                // no final ';': the statement ends at its last token, not at trailing comments
                emit(lastTokenEnd);
            }
            return List.copyOf(out);
        }

        private void step() {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                moveTo(i + 1);
            } else if (c == '-' && peek(1) == '-' || c == '#' && rules.hashComments()) {
                moveTo(endOfLine(i));
            } else if (c == '/' && peek(1) == '*' && !(start < 0 && peek(2) == '!')) {
                // MySQL's /*! ... */ is executable, so it may start a statement; other block comments never do
                moveTo(endOfBlockComment(i));
            } else if (c == ';') {
                if (start >= 0 && !inBody) {
                    emit(i);
                }
                moveTo(i + 1);
            } else {
                if (start < 0) {
                    begin();
                }
                moveTo(endOfToken(c));
                lastTokenEnd = i;
            }
        }

        private int endOfToken(char c) {
            if (c == '/' && peek(1) == '*') {
                return endOfBlockComment(i);
            }
            if (c == '\'') {
                return endOfQuoted('\'', rules.backslashEscapes() || isEscapeStringPrefix());
            }
            if (c == '"') {
                return endOfQuoted('"', rules.backslashEscapes());
            }
            if (c == '`' && rules.backtickIdentifiers()) {
                return endOfQuoted('`', false);
            }
            if (c == '$' && rules.dollarQuotes()) {
                int end = endOfDollarQuote();
                if (end > 0) {
                    return end;
                }
            }
            if (isIdentifierStart(c)) {
                int end = i + 1;
                while (end < s.length() && isIdentifierPart(s.charAt(end))) {
                    end++;
                }
                word(s.substring(i, end).toUpperCase(Locale.ROOT));
                return end;
            }
            return i + 1;
        }

        private void begin() {
            start = i;
            startLine = line;
            wordCount = 0;
            trigger = false;
            inBody = false;
            caseDepth = 0;
        }

        private void emit(int end) {
            String text = s.substring(start, end).strip();
            if (!text.isEmpty()) {
                out.add(new ScriptStatement(startLine, text));
            }
            start = -1;
        }

        /** Tracks {@code CREATE [TEMP|TEMPORARY] TRIGGER ... BEGIN ... END}, counting CASE ... END inside. */
        private void word(String w) {
            wordCount++;
            if (!rules.triggerBodies()) {
                return;
            }
            if (wordCount <= 3 && w.equals("TRIGGER") && s.substring(start, i).toUpperCase(Locale.ROOT)
                    .matches("CREATE\\s+((TEMP|TEMPORARY)\\s+)?")) {
                trigger = true;
            } else if (trigger && !inBody && w.equals("BEGIN")) {
                inBody = true;
            } else if (inBody && w.equals("CASE")) {
                caseDepth++;
            } else if (inBody && w.equals("END")) {
                if (caseDepth > 0) {
                    caseDepth--;
                } else {
                    inBody = false;
                    trigger = false;
                }
            }
        }

        private boolean isEscapeStringPrefix() {
            return rules.escapeStrings() && i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e')
                    && (i < 2 || !isIdentifierPart(s.charAt(i - 2)));
        }

        private int endOfQuoted(char quote, boolean backslashEscapes) {
            int j = i + 1;
            while (j < s.length()) {
                char ch = s.charAt(j);
                if (backslashEscapes && ch == '\\') {
                    j += 2;
                } else if (ch == quote) {
                    if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
                        j += 2;
                    } else {
                        return j + 1;
                    }
                } else {
                    j++;
                }
            }
            return s.length();
        }

        /** The end of {@code $tag$...$tag$} starting at i, or -1 when i starts no dollar quote (e.g. {@code $1}). */
        private int endOfDollarQuote() {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) != '$' && isIdentifierPart(s.charAt(j))) {
                j++;
            }
            if (j >= s.length() || s.charAt(j) != '$' || (j > i + 1 && !isIdentifierStart(s.charAt(i + 1)))) {
                return -1;
            }
            String tag = s.substring(i, j + 1);
            int close = s.indexOf(tag, j + 1);
            return close < 0 ? s.length() : close + tag.length();
        }

        private int endOfLine(int from) {
            int nl = s.indexOf('\n', from);
            return nl < 0 ? s.length() : nl;
        }

        private int endOfBlockComment(int from) {
            int depth = 0;
            int j = from;
            while (j < s.length()) {
                if (s.startsWith("/*", j)) {
                    depth++;
                    j += 2;
                } else if (s.startsWith("*/", j)) {
                    depth--;
                    j += 2;
                    if (depth == 0 || !rules.nestedBlockComments()) {
                        return j;
                    }
                } else {
                    j++;
                }
            }
            return s.length();
        }

        private void moveTo(int end) {
            int to = Math.min(end, s.length());
            for (int k = i; k < to; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                }
            }
            i = to;
        }

        private char peek(int ahead) {
            return i + ahead < s.length() ? s.charAt(i + ahead) : '\0';
        }
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
