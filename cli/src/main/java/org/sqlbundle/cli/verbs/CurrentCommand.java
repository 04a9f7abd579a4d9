package org.sqlbundle.cli.verbs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.options.AcceptEditedOptions;
import org.sqlbundle.cli.options.OnlineOptions;
import org.sqlbundle.online.CurrentVersion;
import org.sqlbundle.online.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Alembic's {@code current}: the live database's revision, its tags and message, and whether it is the head. */
@Command(name = "current", description = "Print the revision the database at --url is at.")
public final class CurrentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OnlineOptions online;

    @Mixin
    private AcceptEditedOptions acceptEdited;

    @Override
    public Integer call() {
        Migrator migrator = OnlineRun.migrator(spec, online);
        PrintWriter out = spec.commandLine().getOut();
        acceptEdited.apply(migrator, out);
        CurrentVersion current = migrator.current();
        out.println(migrator.database().describe() + ": " + current.describe(migrator.versionTable()));
        out.flush();
        return 0;
    }
}
