package org.sqlbundle.compiler.internal.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class with test methods in the reactor is picked up by surefire or failsafe as the poms set them up
 * (a property test once never ran because its name ended in "Properties").
 */
class EveryTestClassRunsTest {

    private static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();

    @Test
    void everyTestClassOfEveryModuleMatchesARunner() throws Exception {
        assertEquals(List.of(), TestClassRunners.notRun(ROOT));
    }

    @Test
    void aTestClassNamedLikeNoRunnerIsReported(@TempDir Path tmp) throws Exception {
        write(tmp, "a/ReverseProperties.java", "class ReverseProperties { @Property void p() {} }");
        write(tmp, "a/FineTest.java", "class FineTest { @Test void t() {} }");
        write(tmp, "a/ContainerIT.java", "class ContainerIT { @Test void t() {} }");
        write(tmp, "a/Contract.java", "interface Contract { @Test default void t() {} }");
        write(tmp, "a/ImplTest.java", "class ImplTest implements Contract {}");
        write(tmp, "a/Orphan.java", "abstract class Orphan { @ParameterizedTest void t() {} }");
        write(tmp, "a/Helper.java", "class Helper { void notATest() {} }");
        List<TestClassRunners.Runner> surefireOnly = List.of(runner(TestClassRunners.SUREFIRE_DEFAULT));
        assertEquals(List.of("a/ContainerIT.java", "a/Orphan.java", "a/ReverseProperties.java"),
                TestClassRunners.notRun(tmp, surefireOnly).stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
        List<TestClassRunners.Runner> both = List.of(runner(TestClassRunners.SUREFIRE_DEFAULT),
                runner(TestClassRunners.FAILSAFE_DEFAULT));
        assertEquals(2, TestClassRunners.notRun(tmp, both).size());
    }

    @Test
    void globsFollowSurefire() {
        assertEquals(true, TestClassRunners.glob("**/*Test.java").matcher("a/b/XTest.java").matches());
        assertEquals(true, TestClassRunners.glob("**/*Test.java").matcher("XTest.java").matches());
        assertEquals(false, TestClassRunners.glob("**/*Test.java").matcher("a/XTests.java").matches());
        assertEquals(true, TestClassRunners.glob("**/*$*").matcher("a/X$Y.java").matches());
    }

    private static TestClassRunners.Runner runner(List<String> includes) {
        return new TestClassRunners.Runner("r", includes.stream().map(TestClassRunners::glob).toList(),
                List.of(TestClassRunners.glob("**/*$*")));
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }
}
