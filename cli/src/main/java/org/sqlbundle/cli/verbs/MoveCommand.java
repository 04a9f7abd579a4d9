package org.sqlbundle.cli.verbs;

import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.MoveOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code upgrade} and {@code downgrade}: the same options and the same run, in opposite directions. Each subclass
 * declares only its name, description and what its TARGET may be (picocli reads the inherited fields too).
 */
abstract class MoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OnlineOptions online;

    @Mixin
    private AcceptEditedOptions acceptEdited;

    @Mixin
    private MoveOptions move;

    /** The direction this verb moves the database or prints the script in. */
    abstract Range.Direction direction();

    /** The TARGET argument, if given. */
    abstract String target();

    @Override
    public final Integer call() {
        OnlineRun.Move request = new OnlineRun.Move(direction(), target(), move.delta, move.sql, move.dryRun);
        return OnlineRun.move(spec, online, acceptEdited, request);
    }
}
