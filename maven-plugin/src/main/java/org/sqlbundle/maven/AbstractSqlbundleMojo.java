package org.sqlbundle.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;

/**
 * What every goal shares: the chain settings, with the keys of sqlbundle.yaml ({@code dir}, {@code dialects},
 * {@code features}, {@code versionTable}, {@code templates}), taken from the POM first and from {@code configFile}
 * (default: sqlbundle.yaml beside the POM, when it exists) for anything the POM leaves out. Bad input and failed
 * checks fail the build with the CLI's compiler-style messages; infrastructure trouble is an execution error.
 */
abstract class AbstractSqlbundleMojo extends AbstractMojo {

    /** A sqlbundle.yaml to take settings from; the POM's own settings win over it. */
    @Parameter(property = "sqlbundle.configFile")
    File configFile;

    /** The chain: a directory of revision files, or a project directory holding {@code revisions/}. */
    @Parameter(property = "sqlbundle.dir")
    File dir;

    /** Dialects: postgresql, mysql, mariadb, sqlite, h2 or all; default all. */
    @Parameter(property = "sqlbundle.dialects")
    List<String> dialects;

    /** Features to enable (revisions with {@code when: {features: [...]}}). */
    @Parameter(property = "sqlbundle.features")
    List<String> features;

    /** Name of the version table; default sqlbundle_version. */
    @Parameter(property = "sqlbundle.versionTable")
    String versionTable;

    /** Velocity templates overriding the built-in ones by file name. */
    @Parameter(property = "sqlbundle.templates")
    File templates;

    /** Skips the goal. */
    @Parameter(property = "sqlbundle.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    private ConfigFileValues config;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sqlbundle: skipped");
            return;
        }
        try {
            run();
        } catch (SqlbundleException e) {
            MojoFailures.raise(e, getLog());
        }
    }

    abstract void run() throws MojoFailureException;

    /** The config file's values: the one named, else sqlbundle.yaml beside the POM if there is one. */
    final ConfigFileValues config() {
        if (config == null) {
            if (configFile != null) {
                if (!configFile.isFile()) {
                    throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(configFile.toString()), "E001",
                            "config file not found", "point <configFile> at an existing sqlbundle.yaml, or leave it "
                                    + "out and configure the chain in the POM"));
                }
                config = ConfigFileValues.read(configFile.toPath());
            } else {
                Path beside = basedir.toPath().resolve("sqlbundle.yaml");
                config = Files.isRegularFile(beside) ? ConfigFileValues.read(beside) : ConfigFileValues.none();
            }
        }
        return config;
    }

    /** The revisions directory; a project directory with {@code revisions/} stands for it, as in the CLI. */
    final Path chainDir() {
        Path resolved = Optional.ofNullable(dir).map(File::toPath).or(() -> config().string("dir").map(Path::of))
                .orElseThrow(() -> SqlbundleException.badInput(Problem.of(SourcePos.ofFile("<dir>"), "E062",
                        "no chain directory given", "set <dir>db/revisions</dir> in the plugin's <configuration>, "
                                + "or 'dir:' in the sqlbundle.yaml that <configFile> names")));
        Path revisions = resolved.resolve("revisions");
        return Files.isDirectory(revisions) ? revisions : resolved;
    }

    final List<String> enabledFeatures() {
        return features != null && !features.isEmpty() ? ConfigFileValues.split(features) : config().list("features");
    }

    /** The dialects named in the POM or the config file; all five when neither names any. */
    final List<Dialect> dialectsOrAll() {
        List<String> names = dialects != null && !dialects.isEmpty() ? ConfigFileValues.split(dialects)
                : config().list("dialects");
        if (names.isEmpty()) {
            return List.of(Dialect.values());
        }
        try {
            return Dialect.parseList(String.join(",", names));
        } catch (IllegalArgumentException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("<dialects>"), "E065", e.getMessage(),
                    "use " + Dialect.names() + " or all"));
        }
    }

    /** Loads the chain and builds the model with the features, version table and templates configured. */
    final Compiler loadCompiler() {
        Compiler.Configuration configuration = Compiler.configure().chainDir(chainDir()).features(enabledFeatures());
        Optional.ofNullable(versionTable).or(() -> config().string("version_table"))
                .ifPresent(configuration::versionTable);
        Optional<Path> templatesDir = Optional.ofNullable(templates).map(File::toPath)
                .or(() -> config().string("templates").map(Path::of));
        if (templatesDir.isPresent()) {
            if (!Files.isDirectory(templatesDir.get())) {
                throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(templatesDir.get().toString()), "E064",
                        "templates directory not found", "point <templates> at an existing directory"));
            }
            configuration.templatesDir(templatesDir.get());
        }
        return configuration.load();
    }
}
