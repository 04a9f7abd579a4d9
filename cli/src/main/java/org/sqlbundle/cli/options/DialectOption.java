package org.sqlbundle.cli.options;

import java.util.Arrays;
import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.source.DidYouMean;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Turns --dialect text into dialects with an error that lists the known names: E061, the code of an unknown
 * dialect in the config file too, since it is the same mistake.
 */
final class DialectOption {

    private DialectOption() {
    }

    static List<Dialect> parse(String text) {
        if (text == null || text.isBlank()) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--dialect"), "E061",
                    "no dialect given", "pass --dialect with one or more of " + Dialect.names()
                            + " (or all), or put 'dialects:' in sqlbundle.yaml"));
        }
        List<String> known = Arrays.stream(Dialect.values()).map(d -> d.cliName).toList();
        for (String name : text.split(",")) {
            try {
                if (!name.isBlank() && !name.trim().equalsIgnoreCase("all")) {
                    Dialect.parse(name);
                }
            } catch (IllegalArgumentException e) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--dialect"), "E061",
                        "unknown dialect '" + name.trim() + "'", DidYouMean.hint(name.trim(), known)));
            }
        }
        return Dialect.parseList(text);
    }
}
