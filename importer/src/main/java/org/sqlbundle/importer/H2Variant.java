package org.sqlbundle.importer;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTreeConstants;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The {@code h2:} variant of raw SQL an Alembic chain wrote for PostgreSQL or MySQL. The bundles create every name
 * quoted as the chain writes it ({@code "ports"}), and H2 folds an unquoted name to upper case, so {@code UPDATE
 * ports} looks for PORTS there. The variant writes each name the SQL uses as PostgreSQL reads it: unquoted names
 * folded to lower case and double-quoted, MySQL's backquoted names double-quoted as they are. JSqlParser says which
 * tokens are names (its Column and TableName nodes, aliases, the names DDL statements carry); only those tokens
 * change, so literals, comments, spacing and keywords stay byte for byte. No variant is made when a statement holds
 * a word that may be a name this does not place; the reason is returned for the import report.
 */
final class H2Variant {

    /** Either the variant and the names it quoted, or none needed (both null), or why there is none. */
    record Result(String sql, List<String> quoted, String missing) {
        static Result missing(String why) {
            return new Result(null, List.of(), why);
        }
    }

    // words PostgreSQL reads as values, not names, though JSqlParser parses them as columns
    private static final Set<String> NOT_NAMES = Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "current_user", "session_user", "user", "current_role", "current_catalog",
            "current_schema", "sysdate", "systimestamp", "true", "false", "null", "default", "unknown");

    private H2Variant() {
    }

    static Result of(String sql) {
        SyntaxTree tree;
        try {
            tree = SyntaxTree.parse(sql);
        } catch (JSQLParserException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("").strip().replaceFirst("^[\\w.]+Exception: ", "");
            return Result.missing("JSqlParser can't parse this SQL (" + reason + ")");
        }
        Set<String> ddlNames = new LinkedHashSet<>();
        Set<String> typeWords = new LinkedHashSet<>();
        for (Statement st : tree.statements()) {
            if (!(st instanceof Select || st instanceof Insert || st instanceof Update || st instanceof Delete
                    || st instanceof Truncate || st instanceof CreateTable || st instanceof CreateIndex
                    || st instanceof Alter || st instanceof Drop || st instanceof CreateView)) {
                return Result.missing("JSqlParser reads a " + st.getClass().getSimpleName()
                        + " statement, whose names the import does not place");
            }
            String unplaced = DdlNames.collect(st, ddlNames, typeWords);
            if (unplaced != null) {
                return Result.missing(unplaced);
            }
        }
        TreeMap<Integer, Token> names = new TreeMap<>();
        Set<Token> inNameNodes = Collections.newSetFromMap(new IdentityHashMap<>());
        claimFromTree(tree, tree.root(), names, inNameNodes);
        for (Token t : tree.tokens()) {
            if (!inNameNodes.contains(t) && ddlNames.contains(t.image) && (isWord(t) || isQuoted(t))) {
                names.put(tree.offset(t), t);
            }
        }
        String unplaced = unplacedWord(tree, names, typeWords);
        if (unplaced != null) {
            return Result.missing("JSqlParser does not say what '" + unplaced + "' is, so it may be a name H2 folds");
        }
        return rewrite(tree, names);
    }

    /** Names from the tree: columns (their table or alias part too), tables, and the aliases they are given. */
    private static void claimFromTree(SyntaxTree tree, Node n, TreeMap<Integer, Token> names, Set<Token> inNameNodes) {
        int id = n.getId();
        if (id == CCJSqlParserTreeConstants.JJTCOLUMN || id == CCJSqlParserTreeConstants.JJTTABLENAME) {
            List<Token> parts = SyntaxTree.tokensOf(n).stream().filter(t -> !t.image.equals(".")).toList();
            inNameNodes.addAll(SyntaxTree.tokensOf(n));
            boolean value = parts.size() == 1 && !isQuoted(parts.get(0))
                    && NOT_NAMES.contains(parts.get(0).image.toLowerCase(Locale.ROOT));
            // a column's table (or alias) part is a name too; a schema part is left as written (H2's PUBLIC)
            int keep = id == CCJSqlParserTreeConstants.JJTCOLUMN ? 2 : 1;
            for (int i = Math.max(0, parts.size() - keep); i < parts.size() && !value; i++) {
                names.put(tree.offset(parts.get(i)), parts.get(i));
            }
            return;
        }
        if (id == CCJSqlParserTreeConstants.JJTFROMITEM || id == CCJSqlParserTreeConstants.JJTSELECTITEM) {
            aliases(tree, n, names);
        }
        if (id == CCJSqlParserTreeConstants.JJTWITHITEM) {
            Token first = n.jjtGetFirstToken();
            names.put(tree.offset(first), first);
        }
        for (int i = 0; i < n.jjtGetNumChildren(); i++) {
            claimFromTree(tree, n.jjtGetChild(i), names, inNameNodes);
        }
    }

    /** {@code ports p}, {@code AS n}, {@code count(*) AS total}: the words after the item's last child. */
    private static void aliases(SyntaxTree tree, Node item, TreeMap<Integer, Token> names) {
        if (item.jjtGetNumChildren() == 0) {
            return;
        }
        Token end = item.jjtGetChild(item.jjtGetNumChildren() - 1).jjtGetLastToken();
        Token last = item.jjtGetLastToken();
        if (end == last) {
            return;
        }
        Token previous = end;
        for (Token t = end.next; t != null; t = t.next) {
            boolean afterAs = previous.kind == CCJSqlParserConstants.K_AS;
            if (t.kind == CCJSqlParserConstants.S_IDENTIFIER || isQuoted(t) || afterAs && isWord(t)) {
                names.put(tree.offset(t), t);
            }
            if (t == last) {
                break;
            }
            previous = t;
        }
    }

    /**
     * An identifier token that is not a placed name, a function or type name ({@code lower(}, {@code ::jsonb},
     * {@code AS text}), a column type of the DDL, or a value word: the variant could leave a name unquoted.
     */
    private static String unplacedWord(SyntaxTree tree, TreeMap<Integer, Token> names, Set<String> typeWords) {
        Set<Token> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        placed.addAll(names.values());
        List<Token> tokens = tree.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind != CCJSqlParserConstants.S_IDENTIFIER || placed.contains(t)) {
                continue;
            }
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).image.equals("(");
            boolean type = i > 0 && (tokens.get(i - 1).image.equals("::")
                    || tokens.get(i - 1).kind == CCJSqlParserConstants.K_AS);
            String word = t.image.toLowerCase(Locale.ROOT);
            if (!call && !type && !typeWords.contains(word) && !NOT_NAMES.contains(word)) {
                return t.image;
            }
        }
        return null;
    }

    private static Result rewrite(SyntaxTree tree, TreeMap<Integer, Token> names) {
        StringBuilder out = new StringBuilder(tree.text().length() + 16);
        Set<String> quoted = new LinkedHashSet<>();
        int copied = 0;
        for (Map.Entry<Integer, Token> e : names.entrySet()) {
            int at = e.getKey();
            String image = e.getValue().image;
            if (!tree.text().startsWith(image, at)) {
                return Result.missing("JSqlParser placed '" + image + "' where the text has something else");
            }
            String h2 = h2Name(image);
            if (h2.equals(image)) {
                continue;
            }
            out.append(tree.text(), copied, at).append(h2);
            copied = at + image.length();
            quoted.add(image + " -> " + h2);
        }
        if (quoted.isEmpty()) {
            return new Result(null, List.of(), null);
        }
        out.append(tree.text(), copied, tree.text().length());
        String variant = out.toString();
        return sameStatements(tree, variant) ? new Result(variant, List.copyOf(quoted), null)
                : Result.missing("quoting its names changed how JSqlParser reads it");
    }

    /** The variant reads as the same statements but for the quotes and case of names: nothing else was touched. */
    private static boolean sameStatements(SyntaxTree tree, String variant) {
        List<Statement> again;
        try {
            again = SyntaxTree.parse(variant).statements();
        } catch (JSQLParserException | RuntimeException e) {
            return false;
        }
        if (again.size() != tree.statements().size()) {
            return false;
        }
        for (int i = 0; i < again.size(); i++) {
            if (!withoutQuotes(again.get(i)).equals(withoutQuotes(tree.statements().get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutQuotes(Statement st) {
        return st.toString().replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    /** The name as H2 must be given it to find what the bundles created. */
    static String h2Name(String image) {
        if (image.startsWith("`") && image.endsWith("`") && image.length() > 1) {
            String name = image.substring(1, image.length() - 1).replace("``", "`");
            return '"' + name.replace("\"", "\"\"") + '"';
        }
        if (image.startsWith("\"") || image.startsWith("[")) {
            return image;
        }
        return '"' + foldAsPostgresql(image) + '"';
    }

    /** PostgreSQL lower-cases only ASCII letters of an unquoted name (in a multi-byte encoding such as UTF8). */
    private static String foldAsPostgresql(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static boolean isQuoted(Token t) {
        return t.kind == CCJSqlParserConstants.S_QUOTED_IDENTIFIER;
    }

    private static boolean isWord(Token t) {
        return !t.image.isEmpty() && (Character.isLetter(t.image.charAt(0)) || t.image.charAt(0) == '_')
                && t.image.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }
}
