package org.sqlbundle.verifier.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.runtime.JdbcReplay;
import org.sqlbundle.verifier.ReplayMode;
import org.sqlbundle.verifier.internal.replay.ClientReplay;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * Runs one script on a target, over JDBC or, in client mode, as the exact file through the real client.
 * A refused statement throws {@link org.sqlbundle.runtime.ReplayFailure}.
 */
public final class Replayer {

    private final ReplayMode mode;
    private final Path scriptDir;
    private final Connections connections;

    public Replayer(ReplayMode mode, Path scriptDir, Connections connections) {
        this.mode = mode;
        this.scriptDir = scriptDir;
        this.connections = connections;
    }

    public void run(Target target, String name, String script) {
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
        try {
            JdbcReplay.sendingBlocksAtOnce(target.dialect()).run(connections.of(target), name, script);
        } catch (RuntimeException refusedOrBroken) {
            connections.release(target);
            throw refusedOrBroken;
        }
        connections.afterScript(target, script);
    }
}
