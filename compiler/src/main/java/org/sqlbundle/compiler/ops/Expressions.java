package org.sqlbundle.compiler.ops;

import java.util.regex.Pattern;

/** What the model can tell about a raw SQL expression without a parser: which names it mentions. */
final class Expressions {

    private Expressions() {
    }

    static boolean mentions(String expression, String identifier) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(identifier) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE).matcher(expression).find();
    }

    static String renameIdentifier(String expression, String from, String to) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(from) + "(?![A-Za-z0-9_])")
                .matcher(expression).replaceAll(java.util.regex.Matcher.quoteReplacement(to));
    }
}
