package org.sqlbundle.compiler.internal.reactor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Which test classes of the reactor Maven runs: reads the root pom's modules and each module's surefire and
 * failsafe set-up (includes and excludes, or the plugins' defaults), and lists the test sources that hold test
 * methods but that no runner picks up. An abstract class or interface with tests counts as run when a class that
 * runs extends or implements it, and a sample class when a class that runs launches it through EngineTestKit.
 */
final class TestClassRunners {

    /** Annotations of JUnit 5 and jqwik that make a method a test. */
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example)\\b");
    private static final Pattern ABSTRACT = Pattern.compile("\\b(abstract\\s+class|interface)\\s+(\\w+)");
    static final List<String> SUREFIRE_DEFAULT = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
            "**/*TestCase.java");
    static final List<String> FAILSAFE_DEFAULT = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");
    private static final List<String> NESTED_DEFAULT_EXCLUDE = List.of("**/*$*");

    private TestClassRunners() {
    }

    /** "module/src/test/java/a/B.java: why" for every test class of the reactor under {@code root} that never runs. */
    static List<String> notRun(Path root) throws Exception {
        Document parent = read(root.resolve("pom.xml"));
        List<String> problems = new ArrayList<>();
        for (String module : texts(parent.getDocumentElement(), "modules", "module")) {
            Document pom = read(root.resolve(module).resolve("pom.xml"));
            List<Runner> runners = new ArrayList<>();
            runners.add(runner("maven-surefire-plugin", SUREFIRE_DEFAULT, parent, pom, true));
            Runner failsafe = runner("maven-failsafe-plugin", FAILSAFE_DEFAULT, parent, pom, false);
            if (failsafe != null) {
                runners.add(failsafe);
            }
            problems.addAll(notRun(root.resolve(module).resolve("src/test/java"), runners)
                    .stream().map(p -> module + "/src/test/java/" + p).toList());
        }
        return problems;
    }

    record Runner(String plugin, List<Pattern> includes, List<Pattern> excludes) {
        boolean runs(String path) {
            return includes.stream().anyMatch(p -> p.matcher(path).matches())
                    && excludes.stream().noneMatch(p -> p.matcher(path).matches());
        }
    }

    /** Test classes under one test source root that none of the runners picks up. */
    static List<String> notRun(Path testSources, List<Runner> runners) throws IOException {
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        List<String> withTests = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> runSources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(testSources)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String path = testSources.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                if (runners.stream().anyMatch(r -> r.runs(path))) {
                    run.add(path);
                    runSources.add(text);
                } else if (TEST_METHOD.matcher(text).find()) {
                    withTests.add(path);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String path : withTests) {
            String text = Files.readString(testSources.resolve(path));
            Matcher m = ABSTRACT.matcher(text);
            if (m.find() && extendedByOneThatRuns(m.group(2), runSources)) {
                continue;
            }
            if (launchedByATestKitThatRuns(simpleName(path), runSources)) {
                continue;
            }
            problems.add(path + ": has test methods, but its name matches no "
                    + runners.stream().map(Runner::plugin).toList() + " include; name it *Test (or *IT for failsafe)");
        }
        return problems;
    }

    /**
     * A sample class that a running test launches through the JUnit Platform's EngineTestKit (the JUnit extension's
     * own tests do, to see what a user's IDE would show): it runs, inside that test.
     */
    private static boolean launchedByATestKitThatRuns(String type, List<String> runSources) {
        Pattern use = Pattern.compile("\\b" + Pattern.quote(type) + "\\.class\\b");
        return runSources.stream().anyMatch(s -> s.contains("EngineTestKit") && use.matcher(s).find());
    }

    private static String simpleName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".java".length());
    }

    private static boolean extendedByOneThatRuns(String type, List<String> runSources) {
        Pattern use = Pattern.compile("\\b(extends|implements)\\s+[\\w\\s,.<>]*\\b" + Pattern.quote(type) + "\\b");
        return runSources.stream().anyMatch(s -> use.matcher(s).find());
    }

    /**
     * The plugin's includes and excludes: the module's own configuration, else the root pom's management, else
     * the plugin's defaults. Null for a plugin that is optional and that the module does not bind (failsafe).
     */
    private static Runner runner(String plugin, List<String> defaults, Document parent, Document module,
            boolean alwaysBound) {
        Element own = plugin(module.getDocumentElement(), plugin);
        Element inherited = plugin(parent.getDocumentElement(), plugin);
        boolean bound = alwaysBound || own != null || boundInRootBuild(parent, plugin);
        if (!bound) {
            return null;
        }
        List<String> includes = firstNonEmpty(texts(own, "includes", "include"), texts(inherited, "includes", "include"),
                defaults);
        List<String> excludes = firstNonEmpty(texts(own, "excludes", "exclude"), texts(inherited, "excludes", "exclude"),
                NESTED_DEFAULT_EXCLUDE);
        return new Runner(plugin, includes.stream().map(TestClassRunners::glob).toList(),
                excludes.stream().map(TestClassRunners::glob).toList());
    }

    private static boolean boundInRootBuild(Document parent, String plugin) {
        NodeList builds = parent.getDocumentElement().getElementsByTagName("build");
        for (int i = 0; i < builds.getLength(); i++) {
            for (Element plugins : children((Element) builds.item(i), "plugins")) {
                for (Element p : children(plugins, "plugin")) {
                    if (texts(p, "artifactId").contains(plugin)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first plugin element anywhere in the pom with this artifactId. */
    private static Element plugin(Element root, String artifactId) {
        NodeList all = root.getElementsByTagName("plugin");
        for (int i = 0; i < all.getLength(); i++) {
            Element p = (Element) all.item(i);
            if (texts(p, "artifactId").contains(artifactId)) {
                return p;
            }
        }
        return null;
    }

    @SafeVarargs
    private static List<String> firstNonEmpty(List<String>... lists) {
        for (List<String> l : lists) {
            if (!l.isEmpty()) {
                return l;
            }
        }
        return List.of();
    }

    /** Texts of the elements at this path of direct children (any depth for the first step's container). */
    private static List<String> texts(Element from, String... path) {
        if (from == null) {
            return List.of();
        }
        List<Element> level = List.of(from);
        for (int i = 0; i < path.length; i++) {
            List<Element> next = new ArrayList<>();
            for (Element e : level) {
                if (i == 0 && path.length > 1) {
                    NodeList any = e.getElementsByTagName(path[0]);
                    for (int j = 0; j < any.getLength(); j++) {
                        next.add((Element) any.item(j));
                    }
                } else {
                    next.addAll(children(e, path[i]));
                }
            }
            level = next;
        }
        return level.stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Surefire's Ant-style pattern as a regex over the path below the test source root. */
    static Pattern glob(String pattern) {
        if (pattern.startsWith("%regex[")) {
            throw new IllegalArgumentException("a %regex[] include is not understood by this check: " + pattern);
        }
        String p = pattern.replace(".class", ".java");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 2;
            } else if (p.startsWith("**", i)) {
                re.append(".*");
                i += 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }
}
