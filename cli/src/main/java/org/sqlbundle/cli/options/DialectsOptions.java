package org.sqlbundle.cli.options;

import java.util.List;
import org.sqlbundle.compiler.Dialect;
import picocli.CommandLine.Option;

/** --dialect for verbs that write several dialects at once (compile). */
public final class DialectsOptions {

    @FromConfig("dialects")
    @Option(names = "--dialect", paramLabel = "DIALECTS",
            description = "Comma-separated dialects: postgresql, mysql, mariadb, sqlite, h2, or all "
                    + "(default: 'dialects' in sqlbundle.yaml).")
    private String dialects;

    /** --dialect as given (from the command line or the config file), empty when not. */
    public String text() {
        return dialects == null ? "" : dialects;
    }

    public List<Dialect> dialects() {
        return DialectOption.parse(dialects);
    }

    /** The dialects given, or all five when neither --dialect nor the config file names any. */
    public List<Dialect> dialectsOrAll() {
        return dialects == null || dialects.isBlank() ? List.of(Dialect.values()) : dialects();
    }
}
