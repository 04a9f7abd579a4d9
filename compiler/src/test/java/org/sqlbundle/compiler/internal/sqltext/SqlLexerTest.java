package org.sqlbundle.compiler.internal.sqltext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each family's lexer reads as one token: the escapes and comments that differ between the clients. */
class SqlLexerTest {

    /** The non-blank tokens as {@code KIND:text}, for compact expectations. */
    private static List<String> lex(LexRules rules, String text) {
        return new SqlLexer(rules).tokens(text).stream().filter(t -> !t.is(TokenKind.WHITESPACE))
                .map(t -> t.kind() + ":" + t.text()).collect(Collectors.toList());
    }

    @Test
    void postgresqlStandardAndEscapeStringsDollarTagsAndNestedComments() {
        assertEquals(List.of("STRING:'a\\'", "DELIMITER:;", "STRING:E'b\\';c'", "STRING:e'\\\\'"),
                lex(LexRules.POSTGRESQL, "'a\\'; E'b\\';c' e'\\\\'"));
        assertEquals(List.of("DOLLAR_QUOTED:$body$ $$;$$ $body$", "PUNCTUATION:$", "NUMBER:1", "WORD:a$b"),
                lex(LexRules.POSTGRESQL, "$body$ $$;$$ $body$ $1 a$b"));
        assertEquals(List.of("BLOCK_COMMENT:/* a /* b; */ c; */", "NUMBER:1"),
                lex(LexRules.POSTGRESQL, "/* a /* b; */ c; */ 1"));
        assertEquals(List.of("QUOTED_IDENTIFIER:\"a\"\";\"", "LINE_COMMENT:--x;", "WORD:y"),
                lex(LexRules.POSTGRESQL, "\"a\"\";\" --x;\ny"));
        assertEquals(List.of("WORD:xE", "STRING:'a'"), lex(LexRules.POSTGRESQL, "xE'a'"));
    }

    @Test
    void mysqlBackslashesDoubleQuotedStringsBackticksAndComments() {
        assertEquals(List.of("STRING:'a\\';b'", "STRING:\"c\\\";d\"", "QUOTED_IDENTIFIER:`e``;f`"),
                lex(LexRules.MYSQL, "'a\\';b' \"c\\\";d\" `e``;f`"));
        assertEquals(List.of("LINE_COMMENT:# x;", "LINE_COMMENT:-- y;", "PUNCTUATION:-", "PUNCTUATION:-",
                        "WORD:z", "DELIMITER:;", "BLOCK_COMMENT:/*! SET a=1 */", "LINE_COMMENT:--"),
                lex(LexRules.MYSQL, "# x;\n-- y;\n--z; /*! SET a=1 */ --"));
        assertEquals(List.of("STRING:'a\\'", "DELIMITER:;", "STRING:'b'"),
                lex(LexRules.MYSQL_NO_BACKSLASH_ESCAPES, "'a\\'; 'b'"));
        assertEquals(List.of("BLOCK_COMMENT:/* a /* b */", "WORD:c", "PUNCTUATION:*", "PUNCTUATION:/"),
                lex(LexRules.MYSQL, "/* a /* b */ c */"));
    }

    @Test
    void sqliteBracketsBackticksAndDoubleQuotedNames() {
        assertEquals(List.of("QUOTED_IDENTIFIER:[a;\"b]", "QUOTED_IDENTIFIER:`c;`", "QUOTED_IDENTIFIER:\"d;\"",
                "STRING:'e\\'", "DELIMITER:;"), lex(LexRules.SQLITE, "[a;\"b] `c;` \"d;\" 'e\\';"));
    }

    @Test
    void h2DollarStringsWithoutTagsSlashCommentsAndNestedBlocks() {
        assertEquals(List.of("DOLLAR_QUOTED:$$ a; $b$ $$", "PUNCTUATION:$", "WORD:b$", "DELIMITER:;"),
                lex(LexRules.H2, "$$ a; $b$ $$ $b$;"));
        assertEquals(List.of("LINE_COMMENT:// c;", "BLOCK_COMMENT:/* /* ; */ */", "PUNCTUATION:`"),
                lex(LexRules.H2, "// c;\n/* /* ; */ */ `"));
        // H2's ScriptReader: $$ only after white space; in a comment * and / take the next character along
        assertEquals(List.of("WORD:x$$", "PUNCTUATION:(", "PUNCTUATION:$", "PUNCTUATION:$", "WORD:a", "DELIMITER:;"),
                lex(LexRules.H2, "x$$($$a;"));
        assertEquals(List.of("BLOCK_COMMENT:/* **/;x"), lex(LexRules.H2, "/* **/;x"));
        assertEquals(List.of("BLOCK_COMMENT:/*//*/", "DELIMITER:;"), lex(LexRules.H2, "/*//*/;"));
        assertEquals(List.of("LINE_COMMENT:--a", "WHITESPACE:\r", "DELIMITER:;"),
                new SqlLexer(LexRules.H2).tokens("--a\r;").stream().map(t -> t.kind() + ":" + t.text()).toList());
    }

    @Test
    void numbersWordsAndPunctuation() {
        assertEquals(List.of("NUMBER:1.5e-3", "NUMBER:.5", "NUMBER:2", "WORD:abc", "WORD:été_1", "PUNCTUATION:(",
                        "PUNCTUATION:\uD83D\uDE00", "PUNCTUATION:)", "PUNCTUATION:<", "PUNCTUATION:>"),
                lex(LexRules.SQLITE, "1.5e-3 .5 2abc été_1 (\uD83D\uDE00)<>"));
    }

    @Test
    void unterminatedQuotesAndCommentsRunToTheEnd() {
        assertEquals(List.of("STRING:'a; b"), lex(LexRules.POSTGRESQL, "'a; b"));
        assertEquals(List.of("STRING:'a\\"), lex(LexRules.MYSQL, "'a\\"));
        assertEquals(List.of("BLOCK_COMMENT:/* /* */ ;"), lex(LexRules.POSTGRESQL, "/* /* */ ;"));
        assertEquals(List.of("DOLLAR_QUOTED:$x$ ;"), lex(LexRules.POSTGRESQL, "$x$ ;"));
        assertEquals(List.of("QUOTED_IDENTIFIER:[a;"), lex(LexRules.SQLITE, "[a;"));
        assertEquals(List.of("QUOTED_IDENTIFIER:`a;"), lex(LexRules.MYSQL, "`a;"));
    }

    @Test
    void unclosedTokensAreMarkedIncomplete() {
        assertEquals(List.of(false, true, false, true, false, false, false, true),
                List.of(complete(LexRules.POSTGRESQL, "'a''"), complete(LexRules.POSTGRESQL, "'b'"),
                        complete(LexRules.MYSQL, "'c\\'"), complete(LexRules.MYSQL, "'c\\''"),
                        complete(LexRules.POSTGRESQL, "/* /* */"), complete(LexRules.POSTGRESQL, "$t$ $t"),
                        complete(LexRules.SQLITE, "[a"), complete(LexRules.MYSQL, "# no line break")));
    }

    private static boolean complete(LexRules rules, String text) {
        return new SqlLexer(rules).tokens(text).get(0).complete();
    }
}
