package org.sqlbundle.verifier.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.source.Sha256;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.verifier.Check;
import org.sqlbundle.verifier.CheckResult;
import org.sqlbundle.verifier.Outcome;

/**
 * The upgrade and downgrade bundle of one dialect as {@code compile --out DIR} wrote them, to prove that the files a
 * DBA will run are the ones verified: they must match their MANIFEST.sha256 (not edited since) and be byte for byte
 * what this chain, with these options, compiles to (not stale). The whole-range phase then replays these files.
 */
public final class ShippedBundles {

    private final Path dir;
    private final String upgrade;
    private final String downgrade;
    private final Map<String, String> manifest;
    private final Map<String, String> actualHashes;

    private ShippedBundles(Path dir, String upgrade, String downgrade, Map<String, String> manifest,
                           Map<String, String> actualHashes) {
        this.dir = dir;
        this.upgrade = upgrade;
        this.downgrade = downgrade;
        this.manifest = manifest;
        this.actualHashes = actualHashes;
    }

    /** Reads {@code compileOut/<dialect>/}; a missing file is bad input, before anything runs. */
    public static ShippedBundles read(Path compileOut, Dialect dialect) {
        Path dir = compileOut.resolve(dialect.cliName);
        Map<String, String> hashes = new TreeMap<>();
        String up = read(dir, "upgrade.sql", dialect, hashes);
        String down = read(dir, "downgrade.sql", dialect, hashes);
        Map<String, String> manifest = new TreeMap<>();
        for (String line : read(dir, "MANIFEST.sha256", dialect, new TreeMap<>()).split("\n")) {
            int gap = line.indexOf("  ");
            if (gap > 0) {
                manifest.put(line.substring(gap + 2), line.substring(0, gap));
            }
        }
        return new ShippedBundles(dir, up, down, manifest, hashes);
    }

    String upgrade() {
        return upgrade;
    }

    String downgrade() {
        return downgrade;
    }

    /** Whether the files are unedited and what the chain compiles to; the first difference of each file if not. */
    CheckResult compare(String expectedUpgrade, String expectedDowngrade) {
        List<String> problems = new ArrayList<>();
        actualHashes.forEach((file, hash) -> {
            if (!hash.equals(manifest.get(file))) {
                problems.add(dir.resolve(file) + " does not match MANIFEST.sha256: it was changed after compile");
            }
        });
        firstDifference("upgrade.sql", expectedUpgrade, upgrade).ifPresent(problems::add);
        firstDifference("downgrade.sql", expectedDowngrade, downgrade).ifPresent(problems::add);
        if (problems.isEmpty()) {
            return CheckResult.passed(Check.SHIPPED_BUNDLES_MATCH);
        }
        return new CheckResult(Check.SHIPPED_BUNDLES_MATCH, Outcome.FAILED, "the bundles in " + dir
                + " are not what this chain compiles to with these options: recompile them, or verify with the"
                + " chain and options they were compiled from", List.of(), problems);
    }

    private java.util.Optional<String> firstDifference(String file, String expected, String actual) {
        if (expected.equals(actual)) {
            return java.util.Optional.empty();
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        return java.util.Optional.of(dir.resolve(file) + ":" + (line + 1) + " differs: expected "
                + quote(want, line) + ", found " + quote(got, line));
    }

    private static String quote(String[] lines, int index) {
        return index < lines.length ? "'" + lines[index] + "'" : "the end of the file";
    }

    private static String read(Path dir, String name, Dialect dialect, Map<String, String> hashes) {
        Path file = dir.resolve(name);
        try {
            byte[] bytes = Files.readAllBytes(file);
            hashes.put(name, Sha256.hex(bytes));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SqlbundleException.badInput("cannot read " + file + " (" + e.getMessage() + "): --bundles takes the "
                    + "directory 'compile --out' wrote, with a " + dialect.cliName + "/ directory in it");
        }
    }
}
