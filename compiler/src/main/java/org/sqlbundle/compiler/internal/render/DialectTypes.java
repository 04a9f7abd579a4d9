package org.sqlbundle.compiler.internal.render;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.impl.DefaultDataType;

/**
 * jOOQ data types carrying exactly the type name a renderer chose ({@code varchar(36)}, {@code enum('a','b')},
 * {@code "mood"}), so jOOQ's own per-dialect type mapping (which differs from ours) never rewrites it while
 * jOOQ still renders nullability, defaults and identity around it.
 */
final class DialectTypes {

    // DefaultDataType's constructor registers every instance in jOOQ's static (unsynchronised) type registry;
    // creating each name once, under one lock, keeps that registry bounded and uncorrupted.
    // concurrent: bundle sections are rendered on several threads (BundleWriter)
    private static final Map<String, DataType<Object>> BY_NAME = new java.util.concurrent.ConcurrentHashMap<>();

    private DialectTypes() {
    }

    static synchronized DataType<Object> named(String typeName) {
        return BY_NAME.computeIfAbsent(typeName, n -> new DefaultDataType<>(null, Object.class, n));
    }
}
