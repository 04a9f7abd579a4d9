package org.sqlbundle.verifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection that records every text it prepares or a statement of it executes, in order: with pgjdbc, one text is
 * one round trip, so tests can count them.
 */
public final class SentTexts {

    private final List<String> sent = new ArrayList<>();

    public List<String> texts() {
        return sent;
    }

    public Connection around(Connection c) {
        return proxy(Connection.class, (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement")) {
                sent.add((String) args[0]);
            }
            Object result = invoke(method, c, args);
            if (!method.getName().equals("createStatement")) {
                return result;
            }
            Statement s = (Statement) result;
            return proxy(Statement.class, (p, m, a) -> {
                if (m.getName().equals("execute") && a != null && a.length > 0) {
                    sent.add((String) a[0]);
                }
                return invoke(m, s, a);
            });
        });
    }

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(SentTexts.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
