package org.sqlbundle.cli.options;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.online.Migrator;
import picocli.CommandLine.Option;

/** --accept-edited for the online verbs that refuse a database whose applied revisions' files were edited. */
public final class AcceptEditedOptions {

    @Option(names = "--accept-edited", paramLabel = "REV", split = ",",
            description = "Online: revision REV was edited after it was applied and the database already matches the "
                    + "edited file: record the file's new checksum in the history table instead of refusing "
                    + "(repeatable).")
    private List<String> revisions = new ArrayList<>();

    /** Records the new checksums, if any were named, and says so on {@code out}. */
    public void apply(Migrator migrator, PrintWriter out) {
        if (revisions.isEmpty()) {
            return;
        }
        for (Revision r : migrator.acceptEdited(revisions)) {
            out.println("accepted edited revision " + r.id() + " (" + r.pos().file() + "): checksum sha256:"
                    + r.sha256() + " recorded");
        }
        out.flush();
    }
}
