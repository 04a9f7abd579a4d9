package org.sqlbundle.cli.options;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option whose default is a key of sqlbundle.yaml. Explicit per option rather than by option
 * name, because the same name can mean different things: {@code revision --feature} tags the new
 * revision, while the config's {@code features} enables features for compiling.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface FromConfig {

    /** The key in sqlbundle.yaml, one of {@link ConfigFile#KEYS}. */
    String value();
}
