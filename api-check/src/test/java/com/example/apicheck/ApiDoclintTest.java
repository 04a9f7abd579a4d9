package com.example.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's javadoc with doclint over the API packages, as a user's IDE and the published Javadoc render them:
 * broken HTML, unknown tags, {@code {@link}}s to nothing, and {@code @param}s naming no parameter fail the build.
 * Doclint's "missing" group is left out: {@link MissingJavadoc} requires a comment on every public member, in the
 * project's one-or-two-sentence style rather than an {@code @return} restating it.
 */
class ApiDoclintTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."))
            .toAbsolutePath().normalize();

    @Test
    void theApiPackagesPassDoclint(@TempDir Path out) throws IOException {
        Set<String> packages = new TreeSet<>();
        PublicApiSurfaceTest.listed().forEach(name -> packages.add(name.substring(0, name.lastIndexOf('.'))));
        List<String> sourcePath = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted()
                    .forEach(p -> sourcePath.add(p.toString()));
        }
        List<String> options = new ArrayList<>(List.of("-Xdoclint:all,-missing", "-quiet", "-d", out.toString(),
                "-sourcepath", String.join(java.io.File.pathSeparator, sourcePath),
                "-classpath", System.getProperty("java.class.path")));
        options.addAll(packages);
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ran;
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            ran = javadoc.getTask(new StringWriter(), files, diagnostics, null, options, null).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            // without a source, a warning is about a dependency's class file (an annotation constant javadoc
            // cannot resolve), not about sqlbundle's Javadoc
            boolean ours = d.getSource() != null || d.getKind() == Diagnostic.Kind.ERROR;
            if (d.getKind() != Diagnostic.Kind.NOTE && ours) {
                String where = d.getSource() == null ? ""
                        : ROOT.relativize(Path.of(d.getSource().toUri()).normalize()) + ":" + d.getLineNumber() + ": ";
                problems.add(where + d.getMessage(Locale.ROOT));
            }
        }
        assertEquals(List.of(), problems, "javadoc " + String.join(" ", packages));
        assertEquals(true, ran, "javadoc failed without a diagnostic");
    }
}
