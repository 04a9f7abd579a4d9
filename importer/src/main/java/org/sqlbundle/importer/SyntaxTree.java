package org.sqlbundle.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * SQL text as JSqlParser reads it: its statements, the parse tree (whose Column and TableName nodes say which tokens
 * are names) and every token with its offset in the text, so a change can be made at one token and nothing else.
 */
record SyntaxTree(String text, List<Statement> statements, Node root, List<Token> tokens, int[] lineStarts) {

    /** Parses {@code text} (several statements allowed), within JSqlParser's own time limit. */
    static SyntaxTree parse(String text) throws JSQLParserException {
        TreeParser parser = new TreeParser(text);
        ExecutorService parsing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sqlbundle-import-parse");
            t.setDaemon(true);
            return t;
        });
        List<Statement> statements;
        try {
            statements = List.copyOf(CCJSqlParserUtil.parseStatements(parser, parsing));
        } finally {
            parsing.shutdownNow();
        }
        Node root = parser.root();
        List<Token> tokens = new ArrayList<>();
        for (Token t = root.jjtGetFirstToken(); t != null && t.kind != 0; t = t.next) {
            tokens.add(t);
        }
        return new SyntaxTree(text, statements, root, List.copyOf(tokens), lineStarts(text));
    }

    /** The token's offset in the text: JSqlParser counts lines and columns from 1 (a tab is one column). */
    int offset(Token t) {
        return lineStarts[t.beginLine - 1] + t.beginColumn - 1;
    }

    /** Where each line starts; a line ends after \n, \r\n or \r, as JSqlParser's reader counts them. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The tokens a node spans, first to last. */
    static List<Token> tokensOf(Node n) {
        List<Token> out = new ArrayList<>();
        Token last = n.jjtGetLastToken();
        for (Token t = n.jjtGetFirstToken(); t != null; t = t.next) {
            out.add(t);
            if (t == last) {
                break;
            }
        }
        return out;
    }

    /** JSqlParser's parser, which keeps the tree it builds; {@link CCJSqlParserUtil} drops it. */
    private static final class TreeParser extends CCJSqlParser {
        TreeParser(String text) {
            super(new StringProvider(text));
        }

        Node root() {
            return jjtree.rootNode();
        }
    }
}
