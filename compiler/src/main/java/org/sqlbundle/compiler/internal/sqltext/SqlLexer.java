package org.sqlbundle.compiler.internal.sqltext;

import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.LexRules.Feature;

/**
 * The one SQL tokenizer: cuts any text into {@link TokenKind tokens} by a dialect family's {@link LexRules}, so that
 * the tokens' texts joined give the input back exactly. It never throws and always moves on: an unterminated string,
 * name or comment runs to the end of the text. Hand-written rather than jOOQ's or JSqlParser's parser, because those
 * parse whole statements (refusing what they do not know, such as trigger bodies or a half-written script), drop
 * comments and white space, and do not know each client's escapes; neither offers a lossless token stream.
 */
public final class SqlLexer {

    private final LexRules rules;

    public SqlLexer(LexRules rules) {
        this.rules = rules;
    }

    public static SqlLexer forDialect(Dialect dialect) {
        return new SqlLexer(LexRules.forDialect(dialect));
    }

    public LexRules rules() {
        return rules;
    }

    /** A cursor over {@code text}: no list is built, for scripts of any size. */
    public Cursor cursor(String text) {
        return new Cursor(text);
    }

    /** All tokens of {@code text}, trivia included. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Cursor c = cursor(text);
        while (c.next()) {
            out.add(c.token());
        }
        return out;
    }

    /** The tokens of {@code text} without white space and comments. */
    public List<Token> significant(String text) {
        List<Token> out = new ArrayList<>();
        Cursor c = cursor(text);
        while (c.next()) {
            if (!c.kind().isTrivia()) {
                out.add(c.token());
            }
        }
        return out;
    }

    /** Walks the tokens of one text in order; {@link #next()} moves to the next one. */
    public final class Cursor {
        private final String s;
        private int start;
        private int end;
        private TokenKind kind;
        private boolean complete;

        private Cursor(String text) {
            this.s = text;
        }

        /** Moves to the next token; false at the end of the text. */
        public boolean next() {
            if (end >= s.length()) {
                return false;
            }
            start = end;
            complete = true;
            end = Math.min(s.length(), Math.max(start + 1, scan(start)));
            return true;
        }

        public TokenKind kind() {
            return kind;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public String text() {
            return s.substring(start, end);
        }

        /** False for a string, quoted name, dollar quote or block comment that the text ends inside. */
        public boolean complete() {
            return complete;
        }

        public Token token() {
            return new Token(kind, text(), start, complete);
        }

        /** The end of the text, for a token that runs to it unclosed. */
        private int unclosed() {
            complete = false;
            return s.length();
        }

        /** Sets {@link #kind} and returns the end of the token starting at {@code i}. */
        private int scan(int i) {
            char c = s.charAt(i);
            char next = at(i + 1);
            if (Character.isWhitespace(c)) {
                kind = TokenKind.WHITESPACE;
                int j = i + 1;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                return j;
            }
            if (c == '-' && next == '-' && dashCommentHere(i) || c == '#' && rules.has(Feature.HASH_COMMENTS)
                    || c == '/' && next == '/' && rules.has(Feature.SLASH_COMMENTS)) {
                kind = TokenKind.LINE_COMMENT;
                return endOfLine(i);
            }
            if (c == '/' && next == '*') {
                kind = TokenKind.BLOCK_COMMENT;
                return endOfBlockComment(i);
            }
            if (c == '\'') {
                kind = TokenKind.STRING;
                return endOfQuoted(i, '\'', rules.has(Feature.BACKSLASH_ESCAPES));
            }
            if ((c == 'E' || c == 'e') && next == '\'' && rules.has(Feature.ESCAPE_STRINGS)) {
                kind = TokenKind.STRING;
                return endOfQuoted(i + 1, '\'', true);
            }
            if (c == '"') {
                kind = rules.has(Feature.DOUBLE_QUOTED_STRINGS) ? TokenKind.STRING : TokenKind.QUOTED_IDENTIFIER;
                return endOfQuoted(i, '"', rules.has(Feature.DOUBLE_QUOTED_STRINGS) && rules.has(Feature.BACKSLASH_ESCAPES));
            }
            if (c == '`' && rules.has(Feature.BACKTICK_NAMES)) {
                kind = TokenKind.QUOTED_IDENTIFIER;
                return endOfQuoted(i, '`', false);
            }
            if (c == '[' && rules.has(Feature.BRACKET_NAMES)) {
                kind = TokenKind.QUOTED_IDENTIFIER;
                int close = s.indexOf(']', i + 1);
                return close < 0 ? unclosed() : close + 1;
            }
            if (c == '$' && rules.has(Feature.DOLLAR_QUOTES) && dollarMayOpen(i)) {
                int dollarEnd = endOfDollarQuote(i);
                if (dollarEnd > 0) {
                    kind = TokenKind.DOLLAR_QUOTED;
                    return dollarEnd;
                }
            }
            if (c == ';') {
                kind = TokenKind.DELIMITER;
                return i + 1;
            }
            if (isDigit(c) || c == '.' && isDigit(next)) {
                kind = TokenKind.NUMBER;
                return endOfNumber(i);
            }
            int cp = s.codePointAt(i);
            if (isIdentifierStart(cp)) {
                kind = TokenKind.WORD;
                int j = i + Character.charCount(cp);
                while (j < s.length() && isIdentifierPart(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                return j;
            }
            kind = TokenKind.PUNCTUATION;
            return i + Character.charCount(cp);
        }

        private int endOfLine(int from) {
            boolean cr = rules.has(Feature.CR_ENDS_LINE_COMMENTS);
            for (int j = from; j < s.length(); j++) {
                if (s.charAt(j) == '\n' || cr && s.charAt(j) == '\r') {
                    return j;
                }
            }
            return s.length();
        }

        /** H2's RunScript opens {@code $$} only at a statement's start or after a character up to a space. */
        private boolean dollarMayOpen(int i) {
            return !rules.has(Feature.DOLLAR_AFTER_SPACE_ONLY) || i == 0 || s.charAt(i - 1) <= ' '
                    || s.charAt(i - 1) == ';';
        }

        /** MySQL reads {@code --} as a comment only before white space, a control character or the end. */
        private boolean dashCommentHere(int i) {
            if (!rules.has(Feature.DASH_COMMENT_NEEDS_SPACE) || i + 2 >= s.length()) {
                return true;
            }
            char after = s.charAt(i + 2);
            return Character.isWhitespace(after) || Character.isISOControl(after);
        }

        /** The end of the quoted text opening at {@code open}; a doubled quote stays inside. */
        private int endOfQuoted(int open, char quote, boolean backslashEscapes) {
            int j = open + 1;
            while (j < s.length()) {
                char ch = s.charAt(j);
                if (backslashEscapes && ch == '\\') {
                    j += 2;
                } else if (ch != quote) {
                    j++;
                } else if (at(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            }
            return unclosed();
        }

        private int endOfBlockComment(int open) {
            if (!rules.has(Feature.NESTED_BLOCK_COMMENTS)) {
                int close = s.indexOf("*/", open + 2);
                return close < 0 ? unclosed() : close + 2;
            }
            boolean pairwise = rules.has(Feature.PAIRWISE_COMMENT_SCAN);
            int depth = 1;
            int j = open + 2;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '/' && at(j + 1) == '*') {
                    depth++;
                    j += 2;
                } else if (c == '*' && at(j + 1) == '/') {
                    j += 2;
                    if (--depth == 0) {
                        return j;
                    }
                } else {
                    j += pairwise && (c == '*' || c == '/') ? 2 : 1;
                }
            }
            return unclosed();
        }

        /** The end of {@code $tag$...$tag$} opening at {@code open}, or -1 when none opens there (e.g. {@code $1}). */
        private int endOfDollarQuote(int open) {
            int j = open + 1;
            if (rules.has(Feature.DOLLAR_TAGS) && j < s.length() && isIdentifierStart(s.charAt(j))) {
                while (j < s.length() && s.charAt(j) != '$' && isIdentifierPart(s.charAt(j))) {
                    j++;
                }
            }
            if (at(j) != '$') {
                return -1;
            }
            String tag = s.substring(open, j + 1);
            int close = s.indexOf(tag, j + 1);
            return close < 0 ? unclosed() : close + tag.length();
        }

        private int endOfNumber(int i) {
            int j = i;
            while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                j++;
            }
            char e = at(j);
            char sign = at(j + 1);
            if ((e == 'e' || e == 'E') && (isDigit(sign) || (sign == '+' || sign == '-') && isDigit(at(j + 2)))) {
                j += 2;
                while (j < s.length() && isDigit(s.charAt(j))) {
                    j++;
                }
            }
            return j;
        }

        private char at(int j) {
            return j < s.length() ? s.charAt(j) : '\0';
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(int cp) {
        return Character.isLetter(cp) || cp == '_';
    }

    static boolean isIdentifierPart(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '$';
    }
}
