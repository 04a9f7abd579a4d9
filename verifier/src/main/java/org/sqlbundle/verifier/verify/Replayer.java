package org.sqlbundle.verifier.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlbundle.compiler.source.SqlbundleException;
import org.sqlbundle.verifier.replay.ClientReplay;
import org.sqlbundle.verifier.replay.JdbcReplay;
import org.sqlbundle.verifier.target.Target;

/**
 * Runs one script on a target, over JDBC or, in client mode, as the exact file through the real client.
 * A refused statement throws {@link org.sqlbundle.verifier.replay.ReplayFailure}.
 */
final class Replayer {

    private final ReplayMode mode;
    private final Path scriptDir;

    Replayer(ReplayMode mode, Path scriptDir) {
        this.mode = mode;
        this.scriptDir = scriptDir;
    }

    void run(Target target, String name, String script) {
        if (mode == ReplayMode.CLIENT) {
            Path file = scriptDir.resolve(name);
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                        "cannot write the script " + file + ": " + e.getMessage(), e);
            }
            ClientReplay.run(target, file);
            return;
        }
        try (Connection c = target.openConnection()) {
            new JdbcReplay(target.dialect()).run(c, name, script);
        } catch (SQLException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot close the connection to " + target.describe() + ": " + e.getMessage(), e);
        }
    }
}
