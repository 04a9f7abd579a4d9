package org.sqlbundle.verifier.internal.verify;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.verifier.internal.target.ClientCommand;
import org.sqlbundle.verifier.internal.target.Target;

/**
 * A target whose connections record every prepared query and how many rows it returned, so a test can count what
 * verify read back. Only the run's own database is counted; {@link #openFresh} databases are not.
 */
public final class CountingTarget implements Target {

    /** One prepared query and the rows read from its results. */
    public static final class Query {
        public final String sql;
        public int rows;

        Query(String sql) {
            this.sql = sql;
        }
    }

    private final Target target;
    private final List<Query> queries = Collections.synchronizedList(new ArrayList<>());

    public CountingTarget(Target target) {
        this.target = target;
    }

    public List<Query> queries() {
        return List.copyOf(queries);
    }

    @Override
    public Connection openConnection() {
        Connection c = target.openConnection();
        return proxy(Connection.class, c, (self, method, args) -> {
            Object out = call(method, c, args);
            if (method.getName().equals("prepareStatement") && out instanceof PreparedStatement ps) {
                Query q = new Query((String) args[0]);
                queries.add(q);
                return proxy(PreparedStatement.class, ps, (s, m, a) -> {
                    Object r = call(m, ps, a);
                    return m.getName().equals("executeQuery") ? counted((ResultSet) r, q) : r;
                });
            }
            return out;
        });
    }

    private static ResultSet counted(ResultSet rs, Query q) {
        return proxy(ResultSet.class, rs, (s, m, a) -> {
            Object r = call(m, rs, a);
            if (m.getName().equals("next") && Boolean.TRUE.equals(r)) {
                q.rows++;
            }
            return r;
        });
    }

    private static Object call(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingTarget.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @Override
    public Dialect dialect() {
        return target.dialect();
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public Optional<ClientCommand> clientCommand() {
        return target.clientCommand();
    }

    @Override
    public Target openFresh() {
        return target.openFresh();
    }

    @Override
    public void close() {
        target.close();
    }
}
