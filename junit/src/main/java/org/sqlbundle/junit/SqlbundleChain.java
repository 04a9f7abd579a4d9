package org.sqlbundle.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chain a test class verifies. Test methods then take a {@link ChainVerification} parameter:
 *
 * <pre>{@code
 * @SqlbundleChain(dir = "db/revisions", features = {"lbaas"}, target = "sqlite")
 * class ChainTest {
 *     @TestFactory
 *     Stream<DynamicTest> chain(ChainVerification chain) {
 *         return chain.dynamicTests();
 *     }
 * }
 * }</pre>
 *
 * One dynamic test per revision and check ({@code revision 3cb5d900c5de downgrade-restores}) and per whole-range
 * check ({@code whole range guard-refuses-wrong-version}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SqlbundleExtension.class)
public @interface SqlbundleChain {

    /** The revisions directory (or a project directory holding {@code revisions/}), relative to the working directory. */
    String dir();

    /** Features to enable: revisions with {@code when: {features: [...]}} run only when one of theirs is. */
    String[] features() default {};

    /**
     * Where to verify: sqlite, h2, embedded-postgresql, postgresql, mariadb, mysql (containers need Docker) or a
     * {@code jdbc:} URL of a server; for a server the test owns, use {@link ChainVerification#onJdbc}.
     */
    String target() default "sqlite";

    /** The version table's name. */
    String versionTable() default "sqlbundle_version";

    /** The revisions to verify, START:END. */
    String range() default "base:head";

    /** Seed rows and check they survive every revision and its downgrade. */
    boolean data() default true;

    /** Fail on data loss even where a revision declares it destructive. */
    boolean strict() default false;
}
