package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.SingleDialectOptions;
import org.sqlbundle.compiler.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Alembic's {@code stamp <rev> --sql}: set the version table without running migrations, the first step
 * of taking over an existing database (e.g. {@code stamp folsom --version-table alembic_version}).
 */
@Command(name = "stamp", description = "Print SQL that sets the version table to REV without running migrations.")
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

    @Option(names = "--sql", description = "Print the SQL instead of running it (required in this version).")
    private boolean sql;

    @Override
    public Integer call() {
        ScriptPrinter.requireSqlMode(sql, "stamp");
        var dialect = dialectOptions.dialect();
        Compiler compiler = compileOptions.load(chainOptions);
        int position = compiler.chain().resolve(revision);
        ScriptPrinter.print(spec.commandLine().getOut(), compiler.stampScript(dialect, position));
        return 0;
    }
}
