package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.SingleDialectOptions;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.chain.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Alembic's {@code downgrade <from>:<to> --sql}: the guarded downgrade script, newest revision first. */
@Command(name = "downgrade", description = "Print the downgrade script from head to TARGET, or for FROM:TO.")
public final class DowngradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @Mixin
    private SingleDialectOptions dialectOptions;

    @Parameters(paramLabel = "TARGET", description = "base, a revision, head-N, or FROM:TO (e.g. head:folsom).")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (required in this version).")
    private boolean sql;

    @Override
    public Integer call() {
        ScriptPrinter.requireSqlMode(sql, "downgrade");
        var dialect = dialectOptions.dialect();
        Compiler compiler = compileOptions.load(chainOptions);
        Range range = compiler.chain().range(target, Range.Direction.DOWNGRADE, compiler.chain().headPosition());
        ScriptPrinter.print(spec.commandLine().getOut(), compiler.script(dialect, range));
        return 0;
    }
}
