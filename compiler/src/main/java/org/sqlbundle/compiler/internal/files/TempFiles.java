package org.sqlbundle.compiler.internal.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new empty file beside the one it will replace, for write-then-move. Unlike {@link Files#createTempFile}, which
 * always makes it 0600, the file gets the permissions every new file gets (0666 less the umask), so what is moved
 * into place is readable by whoever the user's umask lets read it, like a file written by any other tool.
 */
public final class TempFiles {

    private static final int ATTEMPTS = 100;

    private TempFiles() {
    }

    /** {@code dir/<prefix><random><suffix>}, created new (never an existing file). */
    public static Path createIn(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            ThreadLocalRandom.current().nextBytes(random);
            Path candidate = dir.resolve(prefix + HexFormat.of().formatHex(random) + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }
}
