package org.sqlbundle.maven;

import java.io.File;
import java.sql.Driver;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.verifier.JunitReport;
import org.sqlbundle.verifier.ProgressListener;
import org.sqlbundle.verifier.ReplayMode;
import org.sqlbundle.verifier.TargetOptions;
import org.sqlbundle.verifier.TextReport;
import org.sqlbundle.verifier.VerificationResult;
import org.sqlbundle.verifier.Verifier;
import org.sqlbundle.verifier.VerifyOptions;
import org.sqlbundle.verifier.internal.report.ReportFiles;

/**
 * {@code sqlbundle verify}: every revision up, down and up again on a scratch database against the model, the
 * version table and seeded rows, then the whole-range bundles on a fresh database. Writes JUnit XML where CI looks
 * for Failsafe's reports, one test case per revision and check; an asymmetry fails the build naming the revision.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public final class VerifyMojo extends AbstractSqlbundleMojo {

    /** sqlite, h2, embedded-postgresql, postgresql, mariadb, mysql (containers need Docker) or a jdbc: URL. */
    @Parameter(property = "sqlbundle.target")
    String target;

    /** Container image for postgresql, mariadb or mysql. */
    @Parameter(property = "sqlbundle.image")
    String image;

    /** User for a jdbc: target (default: $SQLBUNDLE_USER, then 'user' in the config file). */
    @Parameter(property = "sqlbundle.user")
    String user;

    /** Environment variable holding the password of a jdbc: target (default: SQLBUNDLE_PASSWORD). */
    @Parameter(property = "sqlbundle.passwordEnv")
    String passwordEnv;

    @Parameter(property = "sqlbundle.range", defaultValue = "base:head")
    String range;

    /** Replay through the real client (sqlite3, psql, mariadb/mysql) instead of JDBC. */
    @Parameter(property = "sqlbundle.client", defaultValue = "false")
    boolean client;

    /** Seed rows and check they survive every revision and its downgrade. */
    @Parameter(property = "sqlbundle.data", defaultValue = "true")
    boolean data;

    /** Fail on data loss even where a revision declares it destructive. */
    @Parameter(property = "sqlbundle.strict", defaultValue = "false")
    boolean strict;

    /** Accept a new scratch database on a jdbc: server that is not empty. */
    @Parameter(property = "sqlbundle.allowNonEmpty", defaultValue = "false")
    boolean allowNonEmpty;

    /** A directory the compile goal wrote: those files must be what the chain compiles to, and are run as shipped. */
    @Parameter(property = "sqlbundle.bundles")
    File bundles;

    /** JUnit XML report; in Failsafe's folder, so CI's test report picks it up. */
    @Parameter(property = "sqlbundle.junitReport",
            defaultValue = "${project.build.directory}/failsafe-reports/TEST-sqlbundle.xml")
    File junitReport;

    @Override
    void run() throws MojoFailureException {
        String spec = Optional.ofNullable(target).filter(t -> !t.isBlank()).or(() -> config().string("target"))
                .orElse("sqlite");
        Compiler compiler = loadCompiler();
        VerifyOptions.Builder builder = VerifyOptions.builder(spec).targetOptions(targetOptions()).range(range)
                .mode(client ? ReplayMode.CLIENT : ReplayMode.JDBC).data(data).strict(strict);
        if (bundles != null) {
            builder.shippedBundles(bundles.toPath());
        }
        registerDrivers();
        VerificationResult result = new Verifier(compiler).verify(builder.build(), ProgressListener.NONE);
        ReportFiles.write(junitReport.toPath(), JunitReport.render(result));
        for (String line : TextReport.render(result).lines().toList()) {
            if (result.passed()) {
                getLog().info(line);
            } else {
                getLog().error(line);
            }
        }
        getLog().info("sqlbundle verify: JUnit report " + junitReport);
        if (!result.passed()) {
            VerificationResult.Failure failure = result.firstFailure().orElseThrow();
            String where = failure.step().map(s -> "revision " + s.revision() + " (step " + s.number() + ", "
                    + compiler.chain().at(s.position()).file() + ")").orElse("whole range");
            throw new MojoFailureException("sqlbundle verify failed on " + result.target() + ": " + where + " "
                    + failure.check().check().label() + ": " + failure.check().detail()
                    + "\n  hint: the report above lists every difference; fix that revision's downgrade or upgrade");
        }
    }

    private TargetOptions targetOptions() {
        TargetOptions options = TargetOptions.defaults().withAllowNonEmpty(allowNonEmpty);
        if (image != null && !image.isBlank()) {
            options = options.withImage(image);
        }
        Optional<String> userName = Optional.ofNullable(user).filter(u -> !u.isBlank())
                .or(() -> Optional.ofNullable(System.getenv("SQLBUNDLE_USER")).filter(u -> !u.isBlank()))
                .or(() -> config().string("user"));
        if (userName.isPresent()) {
            String variable = Optional.ofNullable(passwordEnv).filter(p -> !p.isBlank())
                    .or(() -> config().string("password_env")).orElse("SQLBUNDLE_PASSWORD");
            options = options.withCredentials(userName.get(), System.getenv(variable));
        }
        return options;
    }

    /**
     * DriverManager finds drivers through the class loader that first used it, which in a long-lived Maven (or a
     * daemon) may not be this plugin's: loading the drivers here registers them whichever loader that was.
     */
    private void registerDrivers() {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, getClass().getClassLoader()).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                drivers.next();
            } catch (ServiceConfigurationError e) {
                getLog().debug("sqlbundle: skipping a JDBC driver that cannot load: " + e.getMessage());
            }
        }
    }
}
