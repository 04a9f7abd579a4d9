package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/** Shared by the --sql verbs: they print a whole script, rendered in memory first, or nothing at all. */
final class ScriptPrinter {

    private ScriptPrinter() {
    }

    static void requireSqlMode(boolean sql, String verb) {
        if (!sql) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(verb), "E068",
                    verb + " without --sql changes a live database, and no database was given",
                    "add --sql to print the script, or --url (or $SQLBUNDLE_URL, or 'url:' in sqlbundle.yaml) to "
                            + "run it against a database"));
        }
    }

    static void print(PrintWriter out, String script) {
        out.print(script);
        out.flush();
    }
}
