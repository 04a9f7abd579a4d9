package org.sqlbundle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it from Maven" and "Test your chain in JUnit" snippets are the invoker sample passing-chain, which
 * `mvn verify` builds: every marked fragment of its POM, and its test class, appear in the README as they are there
 * (with the version the invoker fills in).
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", ".."));
    private static final Path SAMPLE = ROOT.resolve("maven-plugin/src/it/passing-chain");
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet:([\\w-]+) -->\\n(.*?)\\n\\s*<!-- /snippet -->",
            Pattern.DOTALL);

    @Test
    void everyPomSnippetOfTheSampleIsInTheReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Map<String, String> snippets = snippets(Files.readString(SAMPLE.resolve("pom.xml")));
        assertEquals(java.util.Set.of("maven-plugin", "junit-dependency", "surefire"), snippets.keySet());
        for (Map.Entry<String, String> snippet : snippets.entrySet()) {
            assertTrue(readme.contains("```xml\n" + snippet.getValue() + "\n```"),
                    "README.md lacks the sample's snippet '" + snippet.getKey() + "':\n" + snippet.getValue());
        }
    }

    @Test
    void theSampleTestClassIsInTheReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String test = Files.readString(SAMPLE.resolve("src/test/java/com/example/ChainTest.java")).stripTrailing();
        assertTrue(readme.contains("```java\n" + test + "\n```"), "README.md lacks the sample's ChainTest.java");
    }

    @Test
    void snippetsAreDedentedAndVersioned() {
        Map<String, String> found = snippets("  <x>\n    <!-- snippet:a -->\n    <p>\n      <v>@project.version@</v>\n"
                + "    </p>\n    <!-- /snippet -->\n  </x>");
        assertEquals(Map.of("a", "<p>\n  <v>" + version() + "</v>\n</p>"), found);
    }

    private static Map<String, String> snippets(String pom) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = SNIPPET.matcher(pom);
        while (m.find()) {
            out.put(m.group(1), m.group(2).stripIndent().replace("@project.version@", version()));
        }
        return out;
    }

    private static String version() {
        return System.getProperty("sqlbundle.version");
    }
}
