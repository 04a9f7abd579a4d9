package com.example.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md's list of public classes is the contract: the program in this module imports nothing else of
 * sqlbundle, every listed class exists and is public, and it and its public members have Javadoc.
 */
class PublicApiSurfaceTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    /** A row of api.md's table: | `package` | `artifact` | `Class` (`Nested`), `Class` |. */
    private static final Pattern ROW = Pattern.compile("^\\| `(org\\.sqlbundle\\.[a-z.]+)` \\|[^|]*\\|([^|]*)\\|$", Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile("`([A-Z]\\w*)`(?: \\([^)]*\\))?");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.sqlbundle\\.[a-z.]+\\.[A-Z]\\w*)",
            Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("org\\.sqlbundle\\.(\\w+)\\.");

    @Test
    void theApiPackagesHoldOnlyTheListedTypesAndTheProgramNoInternals() throws IOException {
        Set<String> listed = listed();
        Set<String> packages = new TreeSet<>();
        listed.forEach(name -> packages.add(name.substring(0, name.lastIndexOf('.'))));
        Set<String> unlisted = new TreeSet<>();
        for (String pkg : packages) {
            Matcher module = MODULE.matcher(pkg + ".");
            assertTrue(module.lookingAt(), pkg);
            Path dir = ROOT.resolve(module.group(1) + "/src/main/java/" + pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String simple = f.getFileName().toString().replace(".java", "");
                    if (!simple.equals("package-info") && !listed.contains(pkg + "." + simple)) {
                        unlisted.add(pkg + "." + simple);
                    }
                }
            }
        }
        assertEquals(Set.of(), unlisted, "in an API package but not in docs/api.md: move it under .internal. or list it");
        try (Stream<Path> sources = Files.walk(ROOT.resolve("api-check/src"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(source));
                while (m.find()) {
                    assertTrue(!m.group(1).contains(".internal."), source + " imports the internal " + m.group(1));
                }
            }
        }
    }

    @Test
    void theProgramImportsOnlyListedClasses() throws IOException {
        Set<String> listed = listed();
        Set<String> imported = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("api-check/src"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(source));
                while (m.find()) {
                    imported.add(m.group(1));
                }
            }
        }
        assertTrue(imported.size() >= 10, "the program uses the API: " + imported);
        Set<String> outside = new TreeSet<>(imported);
        outside.removeAll(listed);
        assertEquals(Set.of(), outside, "imported but not in docs/api.md's public classes");
    }

    @Test
    void everyListedClassIsPublicAndDocumented() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : listed()) {
            Matcher module = MODULE.matcher(name);
            assertTrue(module.lookingAt(), name);
            String folder = module.group(1);
            Path source = ROOT.resolve(folder + "/src/main/java/" + name.replace('.', '/') + ".java");
            if (!Files.isRegularFile(source)) {
                problems.add(name + ": no source at " + source);
                continue;
            }
            String text = Files.readString(source);
            String simple = name.substring(name.lastIndexOf('.') + 1);
            Matcher declaration = Pattern.compile("^public (?:final |abstract )?(?:class|record|enum|interface|@interface) "
                    + simple + "\\b", Pattern.MULTILINE).matcher(text);
            if (!declaration.find()) {
                problems.add(name + ": not a public top-level type");
                continue;
            }
            String before = text.substring(0, declaration.start()).replaceAll("(?m)^@.*\\n", "").stripTrailing();
            if (!before.endsWith("*/")) {
                problems.add(name + ": no Javadoc on the type");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A library user reads the Javadoc, not the source: every public member of a listed type says what it does. */
    @Test
    void everyPublicMemberOfAListedTypeHasJavadoc() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String name : listed()) {
            Matcher module = MODULE.matcher(name);
            assertTrue(module.lookingAt(), name);
            sources.add(ROOT.resolve(module.group(1) + "/src/main/java/" + name.replace('.', '/') + ".java"));
        }
        Set<String> missing = MissingJavadoc.in(sources);
        assertTrue(missing.isEmpty(), missing.size()
                + " public members without Javadoc (say what it does, what it throws, what it touches):\n"
                + String.join("\n", missing));
    }

    /** The fully qualified names of docs/api.md's public classes. */
    static Set<String> listed() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/api.md"));
        Matcher row = ROW.matcher(doc.substring(doc.indexOf("## The public classes")));
        Set<String> names = new TreeSet<>();
        while (row.find()) {
            Matcher c = CLASS.matcher(row.group(2));
            while (c.find()) {
                names.add(row.group(1) + "." + c.group(1));
            }
        }
        assertTrue(names.size() > 20, "docs/api.md lists the public classes: " + names);
        return names;
    }
}
