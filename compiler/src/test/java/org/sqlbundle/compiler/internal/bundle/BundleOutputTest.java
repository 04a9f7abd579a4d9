package org.sqlbundle.compiler.internal.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleOutputTest {

    private static void text(java.io.Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void committedDirectoryHoldsFilesAndAManifestSha256sumAccepts(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        try (BundleOutput o = new BundleOutput(out)) {
            Map<String, String> hashes = new LinkedHashMap<>();
            hashes.put("upgrade.sql", o.write("h2", "upgrade.sql", w -> {
                text(w, "select 1;\n");
                return null;
            }).sha256());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("b", 1);
            json.put("a", "x");
            hashes.put("bundle.json", o.writeJson("h2", json));
            o.writeManifest("h2", hashes);
            o.commit();
        }
        assertEquals("select 1;\n", Files.readString(out.resolve("h2/upgrade.sql")));
        assertEquals("{\n  \"b\" : 1,\n  \"a\" : \"x\"\n}\n", Files.readString(out.resolve("h2/bundle.json")));
        String manifest = Files.readString(out.resolve("h2/MANIFEST.sha256"));
        assertTrue(manifest.startsWith(hashes("bundle.json", out)), manifest);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(1, left.count(), "only the dialect directory remains, no staging directory");
        }
        Process p = new ProcessBuilder("sha256sum", "-c", "MANIFEST.sha256").directory(out.resolve("h2").toFile())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
    }

    private static String hashes(String file, Path out) throws Exception {
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        return java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(out.resolve("h2").resolve(file))))
                + "  " + file;
    }

    @Test
    void failureLeavesNothingBehindAndKeepsTheOldBundle(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("h2"));
        Files.writeString(out.resolve("h2/upgrade.sql"), "old\n");
        assertThrows(IllegalStateException.class, () -> {
            try (BundleOutput o = new BundleOutput(out)) {
                o.write("h2", "upgrade.sql", w -> {
                    text(w, "half");
                    throw new IllegalStateException("renderer failed");
                });
                o.commit();
            }
        });
        assertEquals("old\n", Files.readString(out.resolve("h2/upgrade.sql")));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void failureInANewOutputDirectoryRemovesIt(@TempDir Path tmp) {
        Path out = tmp.resolve("fresh/out");
        assertThrows(IllegalStateException.class, () -> {
            try (BundleOutput o = new BundleOutput(out)) {
                throw new IllegalStateException("boom");
            }
        });
        assertFalse(Files.exists(out));
    }
}
