package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Alembic's {@code stamp <rev>}: set the version table without running migrations, the first step of taking
 * over an existing database (e.g. {@code stamp folsom --version-table alembic_version}). Online with
 * {@code --url}; {@code --sql} prints the SQL instead.
 */
@Command(name = "stamp", description = "Set the version table of the database at --url to REV without running "
        + "migrations (creating the table if needed), or with --sql print the SQL that does.")
public final class StampCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OnlineOptions online;

    @Parameters(paramLabel = "REV", description = "A revision, tag, head, or base (empties the version table).")
    private String revision;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    private boolean sql;

    @Override
    public Integer call() {
        if (!sql && online.databaseGiven()) {
            var migrator = OnlineRun.migrator(spec, online);
            var now = migrator.stamp(revision);
            spec.commandLine().getOut().println("stamped " + migrator.database().describe() + ": "
                    + now.describe(migrator.versionTable()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        ScriptPrinter.requireSqlMode(sql, "stamp");
        var dialect = online.dialect();
        Compiler compiler = online.compiler();
        int position = compiler.chain().resolve(revision);
        ScriptPrinter.print(spec.commandLine().getOut(), compiler.stampScript(dialect, position));
        return 0;
    }
}
