package org.sqlbundle.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The chains under src/test/resources/chains/, read in place or copied for tests that write. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path chain(String name) {
        URL url = Fixtures.class.getClassLoader().getResource("chains/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture chain " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies fixture {@code name} to {@code target} (created) and returns it. */
    public static Path copyChain(String name, Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(chain(name))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names in {@code dir}, sorted, hidden ones included. */
    public static java.util.List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
