package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.CompileOptions;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.DatabaseOptions;
import org.sqlbundle.cli.options.SingleDialectOptions;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.chain.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Alembic's {@code downgrade}: with {@code --sql} the guarded downgrade script, newest revision first; with a
 * database ({@code --url}) the same script applied to it, revision by revision, from the version it is at.
 */
@Command(name = "downgrade", description = "Downgrade the database at --url to TARGET (or by --delta N), or with "
        + "--sql print the downgrade script from head to TARGET, or for FROM:TO.")
public final class DowngradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Mixin
    private CompileOptions compileOptions;

    @Mixin
    private SingleDialectOptions dialectOptions;

    @Mixin
    private DatabaseOptions databaseOptions;

    @Mixin
    private AcceptEditedOptions acceptEdited;

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "base, a revision, head-N, or FROM:TO (e.g. head:folsom); online, FROM must be the database's.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (from head, or for FROM:TO).")
    private boolean sql;

    @Option(names = "--delta", paramLabel = "N", description = "Online: downgrade N revisions from the database's.")
    private Integer delta;

    @Option(names = "--dry-run", description = "Online: print the script the downgrade would run, change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        if (!sql && databaseOptions.given()) {
            var migrator = OnlineRun.migrator(spec, compileOptions.load(chainOptions), databaseOptions, dialectOptions);
            if (!dryRun) { // a dry run changes nothing, not even a checksum
                acceptEdited.apply(migrator, spec.commandLine().getOut());
            }
            OnlineRun.migrate(spec, migrator, OnlineTargets.of(Range.Direction.DOWNGRADE, target, delta), dryRun);
            return 0;
        }
        ScriptPrinter.requireSqlMode(sql, "downgrade");
        OnlineTargets.requireOfflineTarget(target, delta, "downgrade");
        var dialect = dialectOptions.dialect();
        Compiler compiler = compileOptions.load(chainOptions);
        Range range = compiler.chain().range(target, Range.Direction.DOWNGRADE, compiler.chain().headPosition());
        ScriptPrinter.print(spec.commandLine().getOut(), compiler.script(dialect, range));
        return 0;
    }
}
