package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.DatabaseOptions;
import org.sqlbundle.cli.options.SingleDialectOptions;
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
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @Mixin
    private SingleDialectOptions dialectOptions;

    @Parameters(paramLabel = "REV", description = "A revision, tag, head, or base (empties the version table).")
    private String revision;

    @Mixin
    private DatabaseOptions databaseOptions;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    private boolean sql;

    @Override
    public Integer call() {
        if (!sql && databaseOptions.given()) {
            var migrator = OnlineRun.migrator(spec, compileOptions.load(chainOptions), databaseOptions, dialectOptions);
            var now = migrator.stamp(revision);
            spec.commandLine().getOut().println("stamped " + migrator.database().describe() + ": "
                    + now.describe(migrator.versionTable()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        ScriptPrinter.requireSqlMode(sql, "stamp");
        var dialect = dialectOptions.dialect();
        Compiler compiler = compileOptions.load(chainOptions);
        int position = compiler.chain().resolve(revision);
        ScriptPrinter.print(spec.commandLine().getOut(), compiler.stampScript(dialect, position));
        return 0;
    }
}
