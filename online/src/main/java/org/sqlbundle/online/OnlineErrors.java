package org.sqlbundle.online;

import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;

/** The E07x errors of online operations, in one place so codes never collide; listed in docs/online.md. */
final class OnlineErrors {

    private OnlineErrors() {
    }

    static SqlbundleException badInput(String where, String code, String message, String hint) {
        return SqlbundleException.badInput(Problem.of(SourcePos.ofFile(where), code, message, hint));
    }

    static SqlbundleException infrastructure(String where, String code, String message, String hint) {
        return new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                java.util.List.of(Problem.of(SourcePos.ofFile(where), code, message, hint)));
    }
}
