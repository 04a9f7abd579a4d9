package org.sqlbundle.verifier.internal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlbundle.compiler.internal.files.TempFiles;
import org.sqlbundle.errors.SqlbundleException;

/** Writes a report file atomically: a temp file next to it, then a move, so a reader never sees half a report. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void write(Path file, String content) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // not createTempFile: its 0600 would outlive the move; a report gets the umask's permissions
            temp = TempFiles.createIn(dir, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot write the report " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // only left when the move failed; the error above says why
                }
            }
        }
    }
}
