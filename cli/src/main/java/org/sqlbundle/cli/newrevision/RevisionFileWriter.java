package org.sqlbundle.cli.newrevision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.chain.RevisionReader;
import org.sqlbundle.compiler.internal.files.TempFiles;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * Puts a new revision file into the chain directory all at once: written to a temp file beside it, read
 * back as a revision (so a bad template or tag never lands in the chain), then moved atomically. The temp
 * name ends in .tmp, which the chain loader skips, so a concurrent check never sees a half-written file.
 */
public final class RevisionFileWriter {

    private RevisionFileWriter() {
    }

    /** Writes {@code content} as {@code dir/fileName} if it reads back with this id and parent. */
    public static Path write(Path dir, String fileName, String content, String id, Optional<String> parent) {
        Path target = dir.resolve(fileName);
        if (Files.exists(target)) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(target.toString()), "E067",
                    "a file of that name already exists", "run the command again for a new id"));
        }
        Path temp = null;
        try {
            // not createTempFile: its 0600 would outlive the move; the revision gets the umask's permissions
            temp = TempFiles.createIn(dir, "." + id + "-", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Revision written = readBack(temp, target);
            if (!written.id().equals(id) || !written.parent().equals(parent)) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(target.toString()), "E065",
                        "the revision template wrote id " + written.id() + " and parent " + written.parent()
                                .orElse("null") + ", expected " + id + " and " + parent.orElse("null"),
                        "the template must write 'id: $id' and 'parent: $parent'"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Problems here come from user values such as a reserved tag; they point where the file would have been. */
    private static Revision readBack(Path temp, Path target) {
        try {
            return RevisionReader.read(temp, target.toString());
        } catch (SqlbundleException e) {
            throw SqlbundleException.badInput(e.problems().stream().map(p -> new Problem(p.pos(), p.code(),
                    "the new revision would not load: " + p.message(), Optional.of("nothing was written; "
                            + p.hint().orElse("check the --tag and --feature values")))).toList());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // best effort: the .tmp name keeps a leftover out of the chain anyway
        }
    }
}
