package org.sqlbundle.catalog.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sqlbundle.compiler.internal.sqltext.LexRules;
import org.sqlbundle.compiler.internal.sqltext.SqlLexer;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * Reads what SQLite's PRAGMAs leave out of a table from its CREATE TABLE text: constraint names and CHECK
 * expressions. Not a full parser: over SQLite's tokens (comments dropped, quotes whole) it only needs to find
 * CONSTRAINT name, PRIMARY KEY, UNIQUE, CHECK (...), FOREIGN KEY (...) and column-level REFERENCES.
 */
final class SqliteTableText {

    private static final SqlLexer SQLITE = new SqlLexer(LexRules.SQLITE);

    /** A constraint found in the text: its name if it had one, its columns, and for a check its expression. */
    record Found(String kind, Optional<String> name, List<String> columns, String expression) {
    }

    /** A token, or a whole parenthesised group: its source text and, for a group, the tokens inside. */
    private record Unit(String text, List<Token> inner) {
        boolean isGroup() {
            return text.startsWith("(");
        }
    }

    private SqliteTableText() {
    }

    static List<Found> constraints(String createTable) {
        List<Token> tokens = SQLITE.significant(createTable);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunctuation('(')) {
            open++;
        }
        List<Found> found = new ArrayList<>();
        if (open < tokens.size()) {
            int close = matching(tokens, open);
            for (List<Token> item : splitTopLevel(tokens.subList(open + 1, close))) {
                scanItem(units(createTable, item), found);
            }
        }
        return List.copyOf(found);
    }

    private static void scanItem(List<Unit> units, List<Found> found) {
        if (units.isEmpty()) {
            return;
        }
        String first = upper(units.get(0));
        boolean tableLevel = List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first);
        List<String> ownColumn = tableLevel ? List.of() : List.of(unquote(units.get(0).text()));
        Optional<String> name = Optional.empty();
        for (int i = tableLevel ? 0 : 1; i < units.size(); i++) {
            String word = upper(units.get(i));
            Unit next = i + 1 < units.size() ? units.get(i + 1) : new Unit("", List.of());
            Unit afterNext = i + 2 < units.size() ? units.get(i + 2) : new Unit("", List.of());
            if (word.equals("CONSTRAINT")) {
                name = Optional.of(unquote(next.text()));
                i++;
                continue;
            }
            switch (word) {
                case "PRIMARY":
                    found.add(new Found("pk", name, tableLevel ? columnList(afterNext) : ownColumn, ""));
                    break;
                case "UNIQUE":
                    found.add(new Found("unique", name, tableLevel ? columnList(next) : ownColumn, ""));
                    break;
                case "CHECK":
                    found.add(new Found("check", name, List.of(), SqlText.expression(next.text())));
                    break;
                case "FOREIGN":
                    found.add(new Found("fk", name, columnList(afterNext), ""));
                    i = skipToReferences(units, i);
                    break;
                case "REFERENCES":
                    found.add(new Found("fk", name, ownColumn, ""));
                    break;
                default:
                    continue;
            }
            name = Optional.empty();
        }
    }

    private static int skipToReferences(List<Unit> units, int from) {
        for (int i = from; i < units.size(); i++) {
            if (upper(units.get(i)).equals("REFERENCES")) {
                return i;
            }
        }
        return units.size();
    }

    /** Tokens as units, each parenthesised group (with its source text, comments and all) as one. */
    private static List<Unit> units(String source, List<Token> tokens) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation('(')) {
                int close = matching(tokens, i);
                int end = close < tokens.size() ? tokens.get(close).end() : source.length();
                units.add(new Unit(source.substring(t.start(), end), tokens.subList(i + 1, close)));
                i = close;
            } else {
                units.add(new Unit(t.text(), List.of()));
            }
        }
        return units;
    }

    /** The items between top-level commas. */
    private static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation('(')) {
                depth++;
            } else if (t.isPunctuation(')')) {
                depth--;
            } else if (depth == 0 && t.isPunctuation(',')) {
                items.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        items.add(tokens.subList(start, tokens.size()));
        return items;
    }

    /** {@code (a, "b" DESC)} to {@code [a, b]}: the first token of each entry, unquoted. */
    private static List<String> columnList(Unit group) {
        List<String> columns = new ArrayList<>();
        if (group.isGroup()) {
            for (List<Token> entry : splitTopLevel(group.inner())) {
                if (!entry.isEmpty()) {
                    columns.add(unquote(entry.get(0).text()));
                }
            }
        }
        return columns;
    }

    /** The index of the ')' closing the '(' at {@code open}; the end of the list when the text ends first. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunctuation('(')) {
                depth++;
            } else if (tokens.get(i).isPunctuation(')') && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** A quoted name's text: {@code "a""b"} is {@code a"b}, {@code [x]} is {@code x}. */
    static String unquote(String name) {
        if (name.length() < 2 || "\"`[".indexOf(name.charAt(0)) < 0) {
            return name;
        }
        String inner = name.substring(1, name.length() - 1);
        char quote = name.charAt(0);
        return quote == '[' ? inner : inner.replace(String.valueOf(quote).repeat(2), String.valueOf(quote));
    }

    private static String upper(Unit unit) {
        return unit.text().toUpperCase(Locale.ROOT);
    }
}
