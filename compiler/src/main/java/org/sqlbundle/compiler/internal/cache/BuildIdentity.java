package org.sqlbundle.compiler.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import org.sqlbundle.compiler.internal.bundle.ToolVersion;
import org.sqlbundle.compiler.internal.ops.SqlOpCheck;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.Sha256;
import org.sqlbundle.compiler.internal.source.YamlReader;
import org.sqlbundle.compiler.internal.source.YamlText;

/**
 * Which build of sqlbundle wrote a pack, so a new build never reads what an old one wrote: the version, and the jar
 * the code runs from (size and modification time: any rebuild changes them, and a stat costs nothing where hashing
 * 80 MB would cost more than the cache saves). Run from class directories (tests, an IDE), the bytes of the classes
 * that decide what a pack holds and the jars of the libraries they parse with stand for the build.
 */
final class BuildIdentity {

    private static volatile String identity;

    private BuildIdentity() {
    }

    static String get() {
        String known = identity;
        if (known == null) {
            known = compute();
            identity = known;
        }
        return known;
    }

    /**
     * The identity of everything the run's code is made of, for results that depend on all of it (a compile's
     * output): the version and, for each entry of the class path, a jar's size and modification time, or for a
     * class directory every file's path, size and modification time. Stats only: hashing the jars would cost more
     * than a cached compile saves, and any rebuild changes them.
     */
    static String ofWholeBuild() {
        return WholeBuild.ID;
    }

    /** Computed on first use, once (the class is initialised then). */
    private static final class WholeBuild {
        static final String ID = ofClassPath(System.getProperty("java.class.path", ""));
    }

    /** The identity of the code on {@code classPath} (entries separated as on the platform's class path). */
    static String ofClassPath(String classPath) {
        StringBuilder id = new StringBuilder("sqlbundle ").append(ToolVersion.get());
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            id.append('\n').append(path);
            try (var walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    id.append(' ').append(path.relativize(file)).append(' ').append(attrs.size()).append(' ')
                            .append(attrs.lastModifiedTime().toMillis());
                }
            } catch (IOException | RuntimeException missing) {
                id.append(" -");
            }
        }
        return Sha256.hex(id.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String compute() {
        StringBuilder id = new StringBuilder("sqlbundle ").append(ToolVersion.get());
        Path code = location(BuildIdentity.class.getProtectionDomain().getCodeSource());
        try {
            if (code != null && Files.isRegularFile(code)) {
                BasicFileAttributes attrs = Files.readAttributes(code, BasicFileAttributes.class);
                return id.append(" jar ").append(attrs.size()).append(' ')
                        .append(attrs.lastModifiedTime().toMillis()).toString();
            }
            StringBuilder classes = new StringBuilder();
            for (Class<?> c : new Class<?>[] {BuildIdentity.class, NodeCodec.class, ChainPack.class, Node.class,
                    YamlReader.class, YamlText.class, SqlOpCheck.class}) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    classes.append(in == null ? "-" : Sha256.hex(in.readAllBytes())).append(' ');
                }
            }
            for (String library : new String[] {"com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
                    "org.yaml.snakeyaml.LoaderOptions", "net.sf.jsqlparser.parser.CCJSqlParserUtil"}) {
                CodeSource source = Class.forName(library, false, BuildIdentity.class.getClassLoader())
                        .getProtectionDomain().getCodeSource();
                classes.append(source == null ? "-" : source.getLocation()).append(' ');
            }
            return id.append(" classes ").append(Sha256.hex(classes.toString().getBytes(StandardCharsets.UTF_8)))
                    .toString();
        } catch (IOException | ClassNotFoundException | SecurityException e) {
            // an identity no other run has: this run's packs are never read by another
            return id.append(" unknown ").append(System.nanoTime()).toString();
        }
    }

    private static Path location(CodeSource source) {
        try {
            return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
