package org.sqlbundle.verifier.expect;

import java.util.List;
import org.sqlbundle.compiler.model.Schema;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.verifier.snapshot.Difference;
import org.sqlbundle.verifier.snapshot.Snapshot;

/** Placeholder for the collaborator's class (replaced at merge). */
public final class ExpectedSchema {

    private ExpectedSchema() {
    }

    public static List<Difference> compare(Schema expected, Snapshot actual, Dialect dialect, String versionTable) {
        return List.of();
    }
}
