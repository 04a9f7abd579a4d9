package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.online.internal.H2LockRow;

/** H2's lock session never outlives the lock: an unchecked failure while taking or releasing it still closes it. */
class H2LockRowTest {

    @TempDir
    Path dir;

    /** What the session was asked to do, in order. */
    private final List<String> calls = new ArrayList<>();

    @Test
    void aFailureWhileTakingTheLockClosesTheSession() {
        Connection session = session("execute", "rollback-never");
        RuntimeException thrown = assertThrows(IllegalStateException.class,
                () -> H2LockRow.acquire(database(), session, "v", Duration.ofSeconds(1)));
        assertEquals("driver bug in execute", thrown.getMessage());
        assertTrue(calls.contains("close"), calls.toString());
    }

    @Test
    void aFailingRollbackStillClosesTheSession() {
        H2LockRow lock = H2LockRow.acquire(database(), session("nothing", "rollback"), "v", Duration.ofSeconds(1));
        assertTrue(!calls.contains("close"), "held: " + calls);
        assertThrows(IllegalStateException.class, lock::close);
        assertEquals("close", calls.get(calls.size() - 1), calls.toString());
    }

    private Database database() {
        return Database.of("jdbc:h2:" + dir.resolve("db").toAbsolutePath(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A session whose statements throw an unchecked exception at {@code failing} (a statement method or rollback). */
    private Connection session(String failingStatementMethod, String failingConnectionMethod) {
        Statement statement = proxy(Statement.class, (name, args) -> {
            if (name.equals(failingStatementMethod)) {
                throw new IllegalStateException("driver bug in " + name);
            }
            return name.equals("executeQuery") ? proxy(ResultSet.class, (n, a) -> null) : null;
        });
        return proxy(Connection.class, (name, args) -> {
            calls.add(name);
            if (name.equals(failingConnectionMethod)) {
                throw new IllegalStateException("driver bug in " + name);
            }
            return name.equals("createStatement") ? statement : null;
        });
    }

    private interface Calls {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Calls calls) {
        return (T) Proxy.newProxyInstance(H2LockRowTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    Object answer = calls.answer(method.getName(), args);
                    Class<?> returns = method.getReturnType();
                    if (answer != null || !returns.isPrimitive() || returns == void.class) {
                        return answer;
                    }
                    return returns == boolean.class ? Boolean.FALSE : (Object) 0;
                });
    }
}
