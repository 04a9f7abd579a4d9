package org.sqlbundle.cli.options;

import java.util.List;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;

/** Turns --dialect text into dialects with an error that lists the known names. */
final class DialectOption {

    private DialectOption() {
    }

    static List<Dialect> parse(String text) {
        if (text == null || text.isBlank()) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--dialect"), "E065",
                    "no dialect given", "pass --dialect with one or more of " + Dialect.names()
                            + " (or all), or put 'dialects:' in sqlbundle.yaml"));
        }
        try {
            return Dialect.parseList(text);
        } catch (IllegalArgumentException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--dialect"), "E065", e.getMessage()));
        }
    }
}
