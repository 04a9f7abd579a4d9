package org.sqlbundle.compiler.internal.render.postgresql;

/** Dollar-quote tags that can't clash with the body they quote, whatever names and literals it holds. */
final class DollarQuotes {

    private DollarQuotes() {
    }

    static String tagFor(String body, String base) {
        String tag = "$" + base + "$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$" + base + "_" + i + "$";
        }
        return tag;
    }
}
