package org.sqlbundle.cli.verbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sqlbundle.cli.Environment;
import org.sqlbundle.cli.options.RunContext;
import org.sqlbundle.verifier.internal.report.JunitMerge;
import org.sqlbundle.verifier.internal.report.ReportFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Works on verify's report files; for now joins the JUnit files of {@code verify --shard} runs. */
@Command(name = "report", description = "Work on verify's report files.", subcommands = ReportCommand.Merge.class)
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** No sub-verb: say what they are. A usage error, so scripts notice. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** {@code report merge A.xml B.xml ... --out ALL.xml}. */
    @Command(name = "merge", description = "Merge the JUnit XML of 'verify --shard I/N' runs into one report: every "
            + "shard's test cases in range order, counts summed; all N shards give the unsharded run's report. "
            + "Exit 0 when written, whatever the checks' outcomes (the shards' jobs report those).")
    public static final class Merge implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        private final RunContext context;

        public Merge(RunContext context) {
            this.context = context;
        }

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "The shards' JUnit files, in any order.")
        private List<String> files = new ArrayList<>();

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The merged file (written "
                + "atomically).")
        private String out;

        @Override
        public Integer call() {
            Environment environment = context.environment();
            List<Path> inputs = files.stream().map(environment::resolve).toList();
            String merged = JunitMerge.merge(inputs);
            Path target = environment.resolve(out);
            ReportFiles.write(target, merged);
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "merged %d report%s into %s%n", inputs.size(),
                    inputs.size() == 1 ? "" : "s", target);
            return 0;
        }
    }
}
