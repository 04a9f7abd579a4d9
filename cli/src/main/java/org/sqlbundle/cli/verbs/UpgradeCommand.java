package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.MoveOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private MoveOptions move;

    @Override
    public Integer call() {
        OnlineRun.Move request = new OnlineRun.Move(Range.Direction.UPGRADE, target, move.delta, move.sql,
                move.dryRun);
        return OnlineRun.move(spec, online, acceptEdited, request);
    }
}
