package org.sqlbundle.compiler.internal.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.SqlbundleException;

class SideBySideTest {

    @Test
    void resultsComeBackInTheOrderGiven() {
        List<Callable<Integer>> tasks = List.of(() -> {
            Thread.sleep(50); // the first task finishes last
            return 1;
        }, () -> 2, () -> 3);
        assertEquals(List.of(1, 2, 3), SideBySide.run(tasks));
    }

    @Test
    void aFailureIsRethrownAsItIsOnlyAfterTheOtherTasksFinished() {
        SqlbundleException bad = SqlbundleException.badInput("bad template");
        AtomicBoolean slowOneDone = new AtomicBoolean();
        List<Callable<String>> tasks = List.of(() -> {
            throw bad;
        }, () -> {
            Thread.sleep(200);
            slowOneDone.set(true);
            return "written";
        });
        SqlbundleException thrown = assertThrows(SqlbundleException.class, () -> SideBySide.run(tasks));
        assertSame(bad, thrown, "not a wrapper or a reflective copy");
        assertTrue(slowOneDone.get(), "the caller's cleanup must not race a task still writing");
    }
}
