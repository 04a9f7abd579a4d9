package org.sqlbundle.verifier.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what SQLite's PRAGMAs leave out of a table from its CREATE TABLE text: constraint names and CHECK
 * expressions. A small scanner over the column list, not a full parser: it only needs to find CONSTRAINT name,
 * PRIMARY KEY, UNIQUE, CHECK (...), FOREIGN KEY (...) and column-level REFERENCES.
 */
final class SqliteTableText {

    /** A constraint found in the text: its name if it had one, its columns, and for a check its expression. */
    record Found(String kind, Optional<String> name, List<String> columns, String expression) {
    }

    private SqliteTableText() {
    }

    static List<Found> constraints(String createTable) {
        int open = createTable.indexOf('(');
        int close = matching(createTable, open);
        List<Found> found = new ArrayList<>();
        if (open < 0 || close < 0) {
            return found;
        }
        for (String item : splitTopLevel(createTable.substring(open + 1, close))) {
            scanItem(tokens(item), found);
        }
        return List.copyOf(found);
    }

    private static void scanItem(List<String> tokens, List<Found> found) {
        if (tokens.isEmpty()) {
            return;
        }
        String first = upper(tokens.get(0));
        boolean tableLevel = List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first);
        List<String> ownColumn = tableLevel ? List.of() : List.of(unquote(tokens.get(0)));
        Optional<String> name = Optional.empty();
        for (int i = tableLevel ? 0 : 1; i < tokens.size(); i++) {
            String word = upper(tokens.get(i));
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (word.equals("CONSTRAINT")) {
                name = Optional.of(unquote(next));
                i++;
                continue;
            }
            switch (word) {
                case "PRIMARY":
                    String keyCols = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
                    found.add(new Found("pk", name, tableLevel ? columnList(keyCols) : ownColumn, ""));
                    break;
                case "UNIQUE":
                    found.add(new Found("unique", name, tableLevel ? columnList(next) : ownColumn, ""));
                    break;
                case "CHECK":
                    found.add(new Found("check", name, List.of(), SqlText.expression(next)));
                    break;
                case "FOREIGN":
                    String fkCols = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
                    found.add(new Found("fk", name, columnList(fkCols), ""));
                    i = skipToReferences(tokens, i);
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

    private static int skipToReferences(List<String> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (upper(tokens.get(i)).equals("REFERENCES")) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Words, quoted names and whole parenthesised groups (kept with their parentheses) as tokens. */
    private static List<String> tokens(String item) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < item.length()) {
            char c = item.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '(') {
                end = matching(item, i) + 1;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                end = endOfQuote(item, i, c == '[' ? ']' : c);
            } else {
                end = i;
                while (end < item.length() && !Character.isWhitespace(item.charAt(end))
                        && "(\"'`[".indexOf(item.charAt(end)) < 0) {
                    end++;
                }
            }
            end = end <= i ? item.length() : end;
            tokens.add(item.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static List<String> splitTopLevel(String body) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = endOfQuote(body, i, c == '[' ? ']' : c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(body.substring(start, i));
                start = i + 1;
            }
        }
        items.add(body.substring(start));
        return items;
    }

    /** {@code (a, "b" DESC)} to {@code [a, b]}: the first word of each entry, unquoted. */
    private static List<String> columnList(String group) {
        if (!group.startsWith("(")) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (String entry : splitTopLevel(group.substring(1, group.length() - 1))) {
            List<String> words = tokens(entry);
            if (!words.isEmpty()) {
                columns.add(unquote(words.get(0)));
            }
        }
        return columns;
    }

    private static int matching(String s, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = endOfQuote(s, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static int endOfQuote(String s, int start, char close) {
        for (int j = start + 1; j < s.length(); j++) {
            if (s.charAt(j) == close) {
                if (j + 1 < s.length() && s.charAt(j + 1) == close && close != ']') {
                    j++;
                } else {
                    return j + 1;
                }
            }
        }
        return s.length();
    }

    static String unquote(String name) {
        if (name.length() >= 2 && "\"`[".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    private static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
