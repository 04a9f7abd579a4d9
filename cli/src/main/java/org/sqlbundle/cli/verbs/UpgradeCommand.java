package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.SingleDialectOptions;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.compiler.chain.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Alembic's {@code upgrade <target> --sql}: the guarded, stamped upgrade script on standard output. */
@Command(name = "upgrade", description = "Print the upgrade script to TARGET (from base), or for START:END.")
public final class UpgradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @Mixin
    private SingleDialectOptions dialectOptions;

    @Parameters(paramLabel = "TARGET", description = "head, a revision, or START:END (e.g. folsom:head).")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (required in this version).")
    private boolean sql;

    @Override
    public Integer call() {
        ScriptPrinter.requireSqlMode(sql, "upgrade");
        var dialect = dialectOptions.dialect();
        Compiler compiler = compileOptions.load(chainOptions);
        Range range = compiler.chain().range(target, Range.Direction.UPGRADE, Chain.BASE);
        ScriptPrinter.print(spec.commandLine().getOut(), compiler.script(dialect, range));
        return 0;
    }
}
