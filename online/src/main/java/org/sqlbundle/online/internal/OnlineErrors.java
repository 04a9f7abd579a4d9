package org.sqlbundle.online.internal;

import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.online.Database;

/** The E07x errors of online operations, in one place so codes never collide; listed in docs/online.md. */
public final class OnlineErrors {

    private OnlineErrors() {
    }

    public static SqlbundleException badInput(String where, String code, String message, String hint) {
        return SqlbundleException.badInput(Problem.of(SourcePos.ofFile(where), code, message, hint));
    }

    /**
     * The database refused what sqlbundle does around the chain (reading, creating or stamping the version table,
     * reading the schema): E084, exit 3 like every refusal by the database that is not a revision's own statement.
     */
    public static SqlbundleException refused(Database database, String what, String databaseMessage, String hint) {
        return infrastructure(database.describe(), "E084", what + ": " + database.scrub(databaseMessage).strip(),
                hint);
    }

    public static SqlbundleException infrastructure(String where, String code, String message, String hint) {
        return new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                java.util.List.of(Problem.of(SourcePos.ofFile(where), code, message, hint)));
    }
}
