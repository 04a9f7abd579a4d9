package org.sqlbundle.verifier.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.sqltext.Token;
import org.sqlbundle.compiler.internal.sqltext.TokenKind;

/**
 * Best-effort help for CHECK constraints: the string and number literals a check compares each column
 * with ({@code status IN ('A','B')}, {@code weight <= 256}), tried in turn when a generated row is refused, or
 * breaks a check the next revision adds ({@link LaterShape}). Read with the project's SQL lexer, so literals
 * and names inside strings or comments are told apart as the database reads them.
 */
final class CheckHints {

    /** Column -> literals its checks mention: strings first, then numbers. */
    private final Map<String, List<String>> strings = new TreeMap<>();
    private final Map<String, List<String>> numbers = new TreeMap<>();

    CheckHints(Table table, List<CheckConstraint> later) {
        List<CheckConstraint> all = new ArrayList<>(table.checks());
        all.addAll(later);
        for (CheckConstraint check : all) {
            List<Token> tokens = CheckSql.tokens(check.expression());
            List<String> s = new ArrayList<>();
            List<String> n = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is(TokenKind.STRING) && t.text().startsWith("'") && t.complete()) {
                    s.add(t.text().substring(1, t.text().length() - 1).replace("''", "'"));
                } else if (t.is(TokenKind.NUMBER)) {
                    // a minus sign right before the number, after an operator or '(' / ',', is the number's own
                    boolean negative = i > 0 && tokens.get(i - 1).isPunctuation('-')
                            && (i == 1 || tokens.get(i - 2).is(TokenKind.PUNCTUATION)
                                    && !tokens.get(i - 2).isPunctuation(')'));
                    n.add((negative ? "-" : "") + t.text());
                }
            }
            for (Column c : table.columns()) {
                if (CheckSql.mentions(tokens, c.name())) {
                    strings.computeIfAbsent(c.name(), k -> new ArrayList<>()).addAll(s);
                    numbers.computeIfAbsent(c.name(), k -> new ArrayList<>()).addAll(n.stream()
                            .filter(CheckHints::isDecimal).toList());
                }
            }
        }
    }

    private static boolean isDecimal(String text) {
        return text.toLowerCase(Locale.ROOT).matches("-?\\d+(\\.\\d+)?");
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
}
