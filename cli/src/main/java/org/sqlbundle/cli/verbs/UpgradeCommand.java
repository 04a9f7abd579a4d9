package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Alembic's {@code upgrade}: with {@code --sql} the guarded, stamped upgrade script on standard output; with a
 * database ({@code --url}) the same script applied to it, revision by revision, from the version it is at.
 */
@Command(name = "upgrade", description = "Upgrade the database at --url to TARGET (or by --delta N), or with --sql "
        + "print the upgrade script to TARGET (from base), or for START:END.")
public final class UpgradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OnlineOptions online;

    @Mixin
    private AcceptEditedOptions acceptEdited;

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "head, a revision, or START:END (e.g. folsom:head); online, START must be the database's.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (from base, or for START:END).")
    private boolean sql;

    @Option(names = "--delta", paramLabel = "N", description = "Online: upgrade N revisions from the database's.")
    private Integer delta;

    @Option(names = "--dry-run", description = "Online: print the script the upgrade would run, change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        return OnlineRun.move(spec, online, acceptEdited, new OnlineRun.Move(Range.Direction.UPGRADE, target, delta, sql,
                dryRun));
    }
}
