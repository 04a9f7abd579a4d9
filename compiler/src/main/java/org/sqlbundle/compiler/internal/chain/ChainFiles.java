package org.sqlbundle.compiler.internal.chain;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;

/** Which names in the chain directory are revision files, and what one is when it is not a regular file. */
public final class ChainFiles {

    private ChainFiles() {
    }

    /** *.yaml and *.yml, but not an editor's lock file ({@code .#rev.yaml}, a dangling link Emacs keeps). */
    public static boolean isRevisionName(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".#");
    }

    /** E001 naming {@code file} and what it is instead, or empty for a regular file. */
    static Optional<Problem> notARegularFile(Path file) {
        String what;
        try {
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            if (target.isRegularFile()) {
                return Optional.empty();
            }
            what = target.isDirectory() ? "a directory" : "not a regular file (a FIFO, socket or device)";
        } catch (FileSystemException e) {
            what = Files.isSymbolicLink(file) ? linkProblem(file) : "unreadable: " + e.getReason();
        } catch (IOException e) {
            what = "unreadable: " + e.getMessage();
        }
        return Optional.of(Problem.of(SourcePos.ofFile(file.toString()), "E001", "revision file " + file + " is "
                + what, "make it a regular YAML file, or move it out of the chain directory"));
    }

    private static String linkProblem(Path link) {
        try {
            String to = Files.readSymbolicLink(link).toString();
            try {
                link.toRealPath();
                return "a symbolic link to " + to + " that cannot be followed";
            } catch (IOException e) {
                boolean loop = e instanceof FileSystemException f && String.valueOf(f.getReason()).contains("levels");
                return loop ? "a symbolic link in a loop (" + to + ")"
                        : "a dangling symbolic link to " + to + ", which does not exist";
            }
        } catch (IOException e) {
            return "an unreadable symbolic link";
        }
    }
}
