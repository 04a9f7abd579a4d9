package org.sqlbundle.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile is not built here (no container registry), so what can go stale without a build is checked: it
 * unpacks the archive this version's build makes, the paths it links exist in that archive's layout, and the build
 * context lets the archive in.
 */
class DockerfileTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));

    @Test
    void unpacksThisVersionsReleaseArchiveOnAnOfficialJre() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("\nFROM eclipse-temurin:17-jre\n"), dockerfile);
        Matcher version = Pattern.compile("\nARG VERSION=(\\S+)\n").matcher(dockerfile);
        assertTrue(version.find(), dockerfile);
        assertEquals(System.getProperty("sqlbundle.version"), version.group(1), "ARG VERSION is the project version");
        assertTrue(dockerfile.contains("\nADD dist/target/sqlbundle-${VERSION}.tar.gz /opt/\n"), dockerfile);

        String assembly = Files.readString(ROOT.resolve("dist/src/assembly/release.xml"));
        assertTrue(assembly.contains("<baseDirectory>sqlbundle-${project.version}</baseDirectory>"));
        assertTrue(dockerfile.contains("/opt/sqlbundle-${VERSION}/bin/sqlbundle /usr/local/bin/sqlbundle"));
        assertTrue(assembly.contains("<outputDirectory>share/bash-completion/completions</outputDirectory>"));
        assertTrue(dockerfile.contains("/opt/sqlbundle-${VERSION}/share/bash-completion/completions/sqlbundle.bash"));
        assertTrue(Files.isExecutable(ROOT.resolve("dist/src/bin/sqlbundle")));

        String ignore = Files.readString(ROOT.resolve(".dockerignore"));
        assertTrue(ignore.contains("\n!dist/target/sqlbundle-*.tar.gz"), ignore);
    }
}
