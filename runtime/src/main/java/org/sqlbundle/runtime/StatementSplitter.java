package org.sqlbundle.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * Splits a SQL script into statements at top-level {@code ;}, one pass over the tokens of the dialect's
 * {@link SqlLexer}: a {@code ;} inside a string, quoted name, dollar quote or comment is part of that token, and one
 * inside a SQLite trigger body does not end the statement. Comments before a statement are dropped (so its line is
 * the line of its first word); comments inside are kept. A script needs no {@code DELIMITER}: bundles never use one.
 */
public final class StatementSplitter {

    private final SplitRules rules;
    private final SqlLexer lexer;

    public StatementSplitter(SplitRules rules) {
        this.rules = rules;
        this.lexer = new SqlLexer(rules.lexis());
    }

    public static StatementSplitter forDialect(Dialect dialect) {
        return new StatementSplitter(SplitRules.forDialect(dialect));
    }

    public List<ScriptStatement> split(String script) {
        return new Pass(script).run();
    }

    /** The state of one split: line, where the current statement started, trigger-body tracking. */
    private final class Pass {
        private final String s;
        private final SqlLexer.Cursor tokens;
        private final List<ScriptStatement> out = new ArrayList<>();
        private int line = 1;
        private int start = -1;
        private int startLine;
        private int lastTokenEnd;
        private int significant;
        private String first;
        private boolean trigger;
        private boolean inBody;
        private int caseDepth;

        Pass(String script) {
            this.s = script;
            this.tokens = lexer.cursor(script);
        }

        List<ScriptStatement> run() {
            while (tokens.next()) {
                step();
                for (int k = tokens.start(); k < tokens.end(); k++) {
                    if (s.charAt(k) == '\n') {
                        line++;
                    }
                }
            }
            if (start >= 0) {
                // no final ';': the statement ends at its last token, not at trailing comments
                emit(lastTokenEnd);
            }
            return List.copyOf(out);
        }

        private void step() {
            TokenKind kind = tokens.kind();
            if (kind == TokenKind.DELIMITER) {
                if (start >= 0 && !inBody) {
                    emit(tokens.start());
                }
            } else if (!kind.isTrivia() || isExecutableComment()) {
                if (start < 0) {
                    begin();
                }
                significant++;
                if (kind == TokenKind.WORD) {
                    word(tokens.text().toUpperCase(Locale.ROOT));
                }
                lastTokenEnd = tokens.end();
            }
        }

        /** MySQL's {@code /*! ... *}{@code /} is code the server runs, so it may start a statement. */
        private boolean isExecutableComment() {
            return tokens.kind() == TokenKind.BLOCK_COMMENT && rules.lexis().has(LexRules.Feature.EXECUTABLE_COMMENTS)
                    && s.startsWith("/*!", tokens.start());
        }

        private void begin() {
            start = tokens.start();
            startLine = line;
            significant = 0;
            first = "";
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
            if (!rules.triggerBodies()) {
                return;
            }
            if (significant == 1) {
                first = w;
            } else if (significant == 2 && first.equals("CREATE") && (w.equals("TEMP") || w.equals("TEMPORARY"))) {
                first = "CREATE TEMP";
            } else if (w.equals("TRIGGER") && (significant == 2 && first.equals("CREATE")
                    || significant == 3 && first.equals("CREATE TEMP"))) {
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
    }
}
