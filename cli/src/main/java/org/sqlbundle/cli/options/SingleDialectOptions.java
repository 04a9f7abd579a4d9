package org.sqlbundle.cli.options;

import java.util.List;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine.Option;

/** --dialect for verbs that print one script (upgrade/downgrade/stamp --sql). */
public final class SingleDialectOptions {

    @FromConfig("dialects")
    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "postgresql, mysql, mariadb, sqlite or h2 (default: 'dialects' in sqlbundle.yaml when it "
                    + "names exactly one).")
    private String dialect;

    public Dialect dialect() {
        List<Dialect> list = DialectOption.parse(dialect);
        if (list.size() != 1) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--dialect"), "E066",
                    "this verb prints one script, for one dialect; got " + list,
                    "pass --dialect with a single dialect, or use 'compile' for several"));
        }
        return list.get(0);
    }
}
