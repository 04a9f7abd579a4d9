package org.sqlbundle.cli.verbs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.sqlbundle.importer.AlembicImporter;
import org.sqlbundle.importer.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports another tool's chain; today Alembic's (docs/import.md). */
@Command(name = "import", description = "Import a chain of another migration tool (docs/import.md).",
        subcommands = ImportCommand.Alembic.class)
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Thin: the importer module does the work; this prints the report and picks the exit code. */
    @Command(name = "alembic", description = "Write an Alembic versions/ directory as revision files: same ids and "
            + "parents, one YAML per revision, and a report of what was exact, approximated or not imported "
            + "(exit 1 when something was not imported).")
    public static final class Alembic implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SRC",
                description = "The Alembic project directory (with versions/ or alembic.ini) or versions/ itself.")
        private Path src;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Where the chain is written; must not exist or be empty.")
        private Path out;

        @Option(names = "--python", paramLabel = "PATH", description = "The Python to run the revisions with "
                + "(needs alembic and sqlalchemy; default: python3 on PATH, else /usr/bin/python3).")
        private String python;

        @Option(names = "--feature-map", paramLabel = "FILE", description = "YAML map of condition text (as the "
                + "report shows it) -> feature name, replacing the automatic names.")
        private Path featureMap;

        @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the report as JSON here.")
        private Path reportJson;

        @Override
        public Integer call() {
            ImportReport report = AlembicImporter.run(src, out, Optional.ofNullable(python),
                    Optional.ofNullable(featureMap));
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report.text());
            stdout.flush();
            if (reportJson != null) {
                try {
                    Files.writeString(reportJson, report.json(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, java.util.List.of(
                            Problem.of(SourcePos.ofFile(reportJson.toString()), "E152", "can't write the report: "
                                    + e.getMessage(), "check the directory's permissions and free space")));
                }
            }
            return report.count(ImportReport.Status.NOT_IMPORTED) > 0 ? 1 : 0;
        }
    }
}
