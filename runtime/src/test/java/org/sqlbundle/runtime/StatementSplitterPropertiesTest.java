package org.sqlbundle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.util.ScriptReader;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * The splitter never cuts inside a string, quoted name, dollar quote or comment, and cuts at every other {@code ;}:
 * scripts are built from pieces that hide a {@code ;} in each family's way, so the right statements are known
 * without asking the splitter's own lexer. On H2 the splitter is compared with H2's own script reader.
 */
class StatementSplitterPropertiesTest {

    private static final List<String> PLAIN = List.of("x", "1", "(", ")", "+", ",", "n_1", "$1");
    private static final List<String> HIDING_EVERYWHERE = List.of("'a;b'", "'it''s; x'", "/* ; */", "-- c; d\n");
    private static final Map<Dialect, List<String>> HIDING = Map.of(
            Dialect.POSTGRESQL, List.of("\"n;m\"", "\"q\"\";\"", "$$ ; $$", "$t$ ; $$ ; $t$", "E'\\';'", "'a\\'",
                    "/* a /* ; */ ; */", "--x;\n", "--c;\r"),
            Dialect.MYSQL, List.of("`n;m`", "`q``;`", "\"s;\\\";\"", "'\\';'", "# c;\n", "/* ; /* ; */", "-- ;\n"),
            Dialect.SQLITE, List.of("\"n;m\"", "`n;m`", "[n;m]", "[\";]", "/* ; /* ; */", "'a\\'"),
            Dialect.H2, List.of("\"n;m\"", "$$ ; $$", "// c;\n", "/* /* ; */ ; */", "--x;\n", "'a\\'", "x$$ y",
                    "--c;\r"));

    /** One script and the statements (line, text) a client makes of it. */
    record Script(String text, List<ScriptStatement> statements) {
    }

    @Property(tries = 400)
    void cutsAtEveryTopLevelSemicolonAndNowhereElse(@ForAll("dialects") Dialect dialect,
                                                    @ForAll("seeds") List<List<Integer>> shape) {
        Script script = build(dialect, shape);
        assertEquals(script.statements(), StatementSplitter.forDialect(dialect).split(script.text()), script.text());
    }

    /**
     * Any text at all: no exception, and the statements, in order, are runs of whole tokens that hold every token of
     * the input but white space, comments and the {@code ;} between them, each on the line it starts on.
     */
    @Property(tries = 1000)
    void anyTextSplitsIntoWholeTokensInOrder(@ForAll("dialects") Dialect dialect, @ForAll("syntaxHeavy") String text) {
        List<Token> tokens = SqlLexer.forDialect(dialect).tokens(text);
        int from = 0;
        for (ScriptStatement st : StatementSplitter.forDialect(dialect).split(text)) {
            int at = statementAt(dialect, tokens, from);
            from = at + st.sql().length();
            assertTrue(at >= 0 && text.startsWith(st.sql(), at), st + " is not the next statement in " + text);
            assertEquals(1 + text.substring(0, at).chars().filter(c -> c == '\n').count(), st.line(), text);
            int end = from;
            Token last = tokens.stream().filter(t -> t.start() < end).reduce((x, y) -> y).orElseThrow();
            // strip() may only have taken blanks off the end of an unterminated last token
            assertTrue(last.end() == end || text.substring(end, last.end()).isBlank(), "cut inside " + last);
        }
        assertEquals(-1, statementAt(dialect, tokens, from), "a statement left out of " + text);
    }

    /** Where the next statement starts from {@code from} on: its first token that is code, or -1. */
    private static int statementAt(Dialect dialect, List<Token> tokens, int from) {
        return tokens.stream().filter(t -> t.start() >= from && !t.is(TokenKind.DELIMITER)
                        && (!t.kind().isTrivia() || t.text().startsWith("/*!") && dialect.mysqlFamily()))
                .mapToInt(Token::start).findFirst().orElse(-1);
    }

    /** H2's RunScript splits with {@code org.h2.util.ScriptReader}; the H2 splitter agrees with it. */
    @Property(tries = 1000)
    void h2SplitsLikeItsOwnScriptReader(@ForAll("syntaxHeavy") String text) throws IOException {
        List<Token> tokens = SqlLexer.forDialect(Dialect.H2).tokens(text);
        List<String> expected = new ArrayList<>();
        int pos = 0;
        try (ScriptReader reader = new ScriptReader(new StringReader(text))) {
            for (String st = reader.readStatement(); st != null; st = reader.readStatement()) {
                expected.add(withoutOuterTrivia(text, tokens, pos, pos + st.length()));
                pos += st.length() + 1; // and its ';'
            }
        }
        expected.removeIf(String::isEmpty);
        List<String> actual = new ArrayList<>();
        int from = 0;
        for (ScriptStatement st : StatementSplitter.forDialect(Dialect.H2).split(text)) {
            int at = statementAt(Dialect.H2, tokens, from);
            from = at + st.sql().length();
            actual.add(withoutOuterTrivia(text, tokens, at, from));
        }
        assertEquals(expected, actual, text);
    }

    /**
     * The significant tokens (by the whole text's tokens, so each keeps its context) starting in [from, to): the
     * reader keeps comments before a statement, the splitter those before a {@code ;}; both are dropped here.
     */
    private static String withoutOuterTrivia(String text, List<Token> tokens, int from, int to) {
        List<Token> inside = tokens.stream()
                .filter(t -> t.start() >= from && t.start() < to && !t.kind().isTrivia()).toList();
        return inside.isEmpty() ? ""
                : text.substring(inside.get(0).start(), Math.min(to, inside.get(inside.size() - 1).end())).strip();
    }

    private static Script build(Dialect dialect, List<List<Integer>> shape) {
        List<String> atoms = new ArrayList<>(PLAIN);
        atoms.addAll(HIDING_EVERYWHERE);
        atoms.addAll(HIDING.get(dialect == Dialect.MARIADB ? Dialect.MYSQL : dialect));
        StringBuilder text = new StringBuilder();
        List<ScriptStatement> statements = new ArrayList<>();
        for (List<Integer> picks : shape) {
            int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
            StringBuilder st = new StringBuilder("SELECT");
            picks.forEach(p -> st.append(' ').append(atoms.get(p % atoms.size())));
            text.append(st).append(";\n");
            statements.add(new ScriptStatement(line, st.toString().strip()));
        }
        return new Script(text.toString(), statements);
    }

    @Provide
    Arbitrary<Dialect> dialects() {
        return Arbitraries.of(Dialect.class);
    }

    @Provide
    Arbitrary<List<List<Integer>>> seeds() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(8).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> syntaxHeavy() {
        Arbitrary<String> pieces = Arbitraries.of("'", "\"", "`", "[", "]", "$", "$$", "$t$", "--", "-- ", "#", "//",
                "/*", "*/", "/*!", ";", ";", "\\", "E'", "''", "a", "1", " ", "\n", "\n", "SELECT", "x$y");
        return Combinators.combine(pieces.list().ofMaxSize(40), Arbitraries.just(""))
                .as((l, unused) -> String.join("", l));
    }
}
