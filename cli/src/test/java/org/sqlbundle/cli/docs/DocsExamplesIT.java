package org.sqlbundle.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Every example command of README.md, docs/*.md and examples/&#42;/README.md runs, through the real launcher and the
 * built jar, against a fresh copy of the repository's examples: one temporary directory per page, its commands in
 * page order (a page's later commands may use what its earlier ones wrote). Commands of examples/X/README.md run in
 * the copy of examples/X, the others at the copy's root. Where the page shows output, the output must match it.
 * Absolute /tmp/ paths are redirected into the page's directory, so runs don't share state. What can't run here is
 * listed in {@link #SKIPPED} or {@link #SUBSTITUTES} with its reason; a page leaves a block out only with a
 * {@code <!-- not-run: reason -->} marker, and both show up as skipped tests, never silently.
 */
class DocsExamplesIT {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("sqlbundle.jar")).toAbsolutePath();

    /** Commands (by their text up to the first {@code #}) that need what this test can't provide, and why. */
    private static final Map<String, String> SKIPPED = Map.of(
            "bin/sqlbundle verify --dir examples/lbaas --target postgresql --junit build/verify.xml --report json "
                    + "build/verify.json",
            "needs Docker for the postgresql container; VerifyContainerIT and ExampleChainContainerIT cover it");

    /** Text replaced in commands before they run: a live server stands in for by a local SQLite database. */
    private static final Map<String, String> SUBSTITUTES = Map.of(
            "--url jdbc:postgresql://127.0.0.1/neutron --user neutron", "--url jdbc:sqlite:/tmp/neutron.db");

    /** The build itself: the jar under test is what it made. */
    private static final String BUILD = "mvn ";

    @TestFactory
    Stream<DynamicNode> everyDocumentedCommandRuns() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "build the jar first: " + JAR);
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"));
             Stream<Path> examples = Files.list(ROOT.resolve("examples"))) {
            pages.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            pages.addAll(examples.map(e -> e.resolve("README.md")).filter(Files::isRegularFile).sorted().toList());
        }
        List<DynamicNode> containers = new ArrayList<>();
        int total = 0;
        for (Path page : pages) {
            String name = ROOT.relativize(page).toString();
            DocExamples.Page parsed = DocExamples.parse(name, Files.readString(page, StandardCharsets.UTF_8));
            total += parsed.commands().size();
            containers.add(DynamicContainer.dynamicContainer(name, pageTests(page, parsed)));
        }
        assertTrue(total >= 15, "the pages hold at least the README's commands; found " + total);
        return containers.stream();
    }

    private Stream<DynamicNode> pageTests(Path page, DocExamples.Page parsed) {
        Workspace workspace = new Workspace(page);
        List<DynamicNode> tests = new ArrayList<>();
        for (DocExamples.Excluded block : parsed.excluded()) {
            tests.add(DynamicTest.dynamicTest(block.file() + ":" + block.line() + " (not-run)", () -> {
                throw new TestAbortedException("not run, as its marker says: " + block.reason());
            }));
        }
        for (DocExamples.Command command : parsed.commands()) {
            tests.add(DynamicTest.dynamicTest(command.where() + " " + command.text(), () -> run(workspace, command)));
        }
        tests.add(DynamicTest.dynamicTest(page.getFileName() + " (clean up)", workspace::delete));
        return tests.stream();
    }

    private static void run(Workspace workspace, DocExamples.Command command) throws Exception {
        String code = withoutComment(command.text());
        String reason = SKIPPED.get(code);
        if (reason != null) {
            throw new TestAbortedException("skipped: " + reason);
        }
        Path dir = workspace.dir();
        String script = shellScript(code, dir);
        Process process = new ProcessBuilder("bash", "-c", script).directory(workspace.workingDir().toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command.where() + ": still running after 10 minutes");
        }
        assertEquals(command.exitCode(), process.exitValue(), command.where() + ": " + script + "\n" + output);
        if (command.expectedOutput().isPresent()) {
            List<String> got = output.replace(dir.toString() + "/tmp/", "/tmp/").lines().toList();
            List<String> want = command.expectedOutput().get();
            if (!DocExamples.matches(want, got)) {
                fail(command.where() + ": the output differs from what the page shows.\n--- page:\n"
                        + String.join("\n", want) + "\n--- actual:\n" + String.join("\n", got));
            }
        }
    }

    /** The command as bash runs it here: the build step left out, servers substituted, /tmp/ in the workspace. */
    static String shellScript(String code, Path dir) {
        List<String> steps = new ArrayList<>();
        for (String step : code.split("&&")) {
            if (!step.strip().startsWith(BUILD)) {
                steps.add(step.strip());
            }
        }
        String script = String.join(" && ", steps);
        for (Map.Entry<String, String> s : SUBSTITUTES.entrySet()) {
            script = script.replace(s.getKey(), s.getValue());
        }
        return script.replace("/tmp/", dir.resolve("tmp") + "/");
    }

    /** The line without a trailing {@code # comment} (a # inside quotes is not one: the pages have none). */
    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }

    /** One page's copy of the repository: the launcher, the jar (linked), the examples. Made on first use. */
    private static final class Workspace {
        private final Path page;
        private Path dir;

        Workspace(Path page) {
            this.page = page;
        }

        Path dir() throws IOException {
            if (dir == null) {
                dir = Files.createTempDirectory("sqlbundle-docs-");
                Files.createDirectories(dir.resolve("tmp"));
                Files.createDirectories(dir.resolve("bin"));
                Files.copy(ROOT.resolve("bin/sqlbundle"), dir.resolve("bin/sqlbundle"), StandardCopyOption.COPY_ATTRIBUTES);
                Path target = Files.createDirectories(dir.resolve("cli/target"));
                Files.createSymbolicLink(target.resolve("sqlbundle.jar"), JAR);
                Path archive = JAR.resolveSibling("sqlbundle.jsa");
                if (Files.isRegularFile(archive)) {
                    Files.createSymbolicLink(target.resolve("sqlbundle.jsa"), archive);
                }
                copyTree(ROOT.resolve("examples"), dir.resolve("examples"));
            }
            return dir;
        }

        /** examples/X/README.md runs in examples/X, as it says; every other page at the root. */
        Path workingDir() throws IOException {
            Path relative = ROOT.relativize(page.getParent());
            return relative.startsWith("examples") ? dir().resolve(relative.toString()) : dir();
        }

        void delete() throws IOException {
            if (dir == null) {
                return;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
