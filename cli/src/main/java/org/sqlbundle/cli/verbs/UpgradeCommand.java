package org.sqlbundle.cli.verbs;

import org.sqlbundle.compiler.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Alembic's {@code upgrade}: with {@code --sql} the guarded, stamped upgrade script on standard output; with a
 * database ({@code --url}) the same script applied to it, revision by revision, from the version it is at.
 */
@Command(name = "upgrade", description = "Upgrade the database at --url to TARGET (or by --delta N), or with --sql "
        + "print the upgrade script to TARGET (from base), or for START:END.")
public final class UpgradeCommand extends MoveCommand {

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "head, a revision, or START:END (e.g. folsom:head); online, START must be the database's.")
    private String target;

    @Override
    Range.Direction direction() {
        return Range.Direction.UPGRADE;
    }

    @Override
    String target() {
        return target;
    }
}
