package org.sqlbundle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI's classes depend one way: the root command on the verbs, the verbs on the option mixins, never back
 * (issue 18 found a 27-file circle through the root command). Reads the sources: a class depends on the CLI classes
 * it imports and on those of its own package it names outside comments.
 */
class CliLayeringTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (org\\.sqlbundle\\.cli[\\w.]*);", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noClassOfTheCliDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertTrue(graph.size() > 40, "the CLI's sources were read: " + graph.size());
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = cycleThrough(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theVerbsAndOptionsNeverNameTheRootCommand() throws IOException {
        graph().forEach((cls, deps) -> {
            if (cls.contains(".verbs.") || cls.contains(".options.")) {
                assertTrue(!deps.contains("org.sqlbundle.cli.SqlbundleCommand"), cls + " reaches up to the root command");
            }
        });
    }

    /** A path from {@code at} back to {@code start}, or null. */
    private static List<String> cycleThrough(String start, String at, Map<String, Set<String>> graph, List<String> path,
                                             Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(start, next, graph, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Map<String, String> packages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher pkg = PACKAGE.matcher(text);
                assertTrue(pkg.find(), file + " has a package");
                String name = file.getFileName().toString().replace(".java", "");
                texts.put(pkg.group(1) + "." + name, text);
                packages.put(pkg.group(1) + "." + name, pkg.group(1));
            }
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        texts.forEach((cls, text) -> {
            Set<String> deps = new TreeSet<>();
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                deps.add(imports.group(1));
            }
            String code = COMMENT.matcher(text.replaceAll("(?m)^import .*$", "")).replaceAll("");
            for (String other : texts.keySet()) {
                String simple = other.substring(other.lastIndexOf('.') + 1);
                if (!other.equals(cls) && packages.get(other).equals(packages.get(cls))
                        && Pattern.compile("\\b" + simple + "\\b").matcher(code).find()) {
                    deps.add(other);
                }
            }
            deps.retainAll(texts.keySet());
            graph.put(cls, deps);
        });
        return graph;
    }
}
