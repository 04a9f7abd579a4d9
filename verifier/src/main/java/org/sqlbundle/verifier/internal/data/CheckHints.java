package org.sqlbundle.verifier.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Table;

/**
 * Best-effort help for CHECK constraints: the string and number literals a check compares each column
 * with ({@code status IN ('A','B')}, {@code weight <= 256}), tried in turn when a generated row is refused.
 */
final class CheckHints {

    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.'])(-?\\d+(?:\\.\\d+)?)(?![\\w.'])");

    /** Column -> literals its checks mention: strings first, then numbers. */
    private final Map<String, List<String>> strings = new TreeMap<>();
    private final Map<String, List<String>> numbers = new TreeMap<>();

    CheckHints(Table table) {
        for (CheckConstraint check : table.checks()) {
            String expr = check.expression();
            List<String> s = all(STRING, expr.replaceAll("\"", "")).stream().map(x -> x.replace("''", "'")).toList();
            List<String> n = all(NUMBER, expr.replaceAll("'(?:[^']|'')*'", "''"));
            table.columns().forEach(c -> {
                if (Pattern.compile("(?<![\\w])\"?" + Pattern.quote(c.name()) + "\"?(?![\\w])").matcher(expr).find()) {
                    strings.computeIfAbsent(c.name(), k -> new ArrayList<>()).addAll(s);
                    numbers.computeIfAbsent(c.name(), k -> new ArrayList<>()).addAll(n);
                }
            });
        }
    }

    boolean mentions(String column) {
        return strings.containsKey(column);
    }

    List<String> strings(String column) {
        return strings.getOrDefault(column, List.of());
    }

    List<String> numbers(String column) {
        return numbers.getOrDefault(column, List.of());
    }

    boolean isEmpty() {
        return strings.isEmpty();
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
