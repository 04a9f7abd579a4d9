package org.sqlbundle.cli.verbs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sqlbundle.cli.SqlbundleCommand;
import org.sqlbundle.cli.newrevision.NewRevisionNames;
import org.sqlbundle.cli.newrevision.RevisionFileWriter;
import org.sqlbundle.cli.newrevision.RevisionTemplate;
import org.sqlbundle.cli.newrevision.YamlScalars;
import org.sqlbundle.cli.options.ChainOptions;
import org.sqlbundle.cli.options.FromConfig;
import org.sqlbundle.compiler.chain.Chain;
import org.sqlbundle.compiler.chain.Revision;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Creates the next revision file on top of the head. The chain must be valid and linear first: a new
 * revision on a branched chain would only add a third branch. An empty directory gets the base revision.
 */
@Command(name = "revision", description = "Create a new, empty revision file on top of the head.")
public final class RevisionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ChainOptions chainOptions;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE",
            description = "What the revision does; also names the file.")
    private String message;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag for the new revision (repeatable).")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--feature", paramLabel = "FEATURE",
            description = "Apply the revision only when this feature is enabled (repeatable).")
    private List<String> features = new ArrayList<>();

    @FromConfig("templates")
    @Option(names = "--templates", paramLabel = "DIR",
            description = "Template overrides; revision/revision.yaml.vm in it replaces the built-in one.")
    private String templates;

    @Override
    public Integer call() {
        if (message.isBlank()) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--message"), "E068",
                    "the revision message is empty", "say what the revision changes, e.g. -m \"add pools\""));
        }
        Path dir = chainOptions.dir();
        Optional<Chain> chain = isEmptyDirectory(dir) ? Optional.empty() : Optional.of(chainOptions.load());
        chain.ifPresent(this::refuseTakenTags);
        String id = NewRevisionNames.randomId(SqlbundleCommand.of(spec).environment().random());
        while (chain.isPresent() && chain.get().positionOf(id).isPresent()) {
            id = NewRevisionNames.randomId(SqlbundleCommand.of(spec).environment().random());
        }
        Optional<String> parent = chain.map(c -> c.head().id());
        RevisionTemplate template = RevisionTemplate.load(Optional.ofNullable(templates)
                .map(SqlbundleCommand.of(spec).environment()::resolve));
        String content = template.render(YamlScalars.plainOrQuoted(id),
                parent.map(YamlScalars::plainOrQuoted).orElse("null"), YamlScalars.quoted(message),
                tags.stream().map(YamlScalars::plainOrQuoted).toList(),
                features.stream().map(YamlScalars::plainOrQuoted).toList());
        Path written = RevisionFileWriter.write(dir, NewRevisionNames.fileName(id, message), content, id, parent);
        spec.commandLine().getOut().println(written);
        return 0;
    }

    /** A tag names one revision; catching a reuse here beats a chain that no longer loads. */
    private void refuseTakenTags(Chain chain) {
        for (String tag : tags) {
            for (Revision r : chain.revisions()) {
                if (r.tags().contains(tag)) {
                    throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile("--tag " + tag), "E064",
                            "tag '" + tag + "' is already used by " + r.id() + " (" + r.file() + ")",
                            "pick another tag, or move it off " + r.id() + " first"));
                }
            }
        }
    }

    /** The only case where no chain is fine: a new project's first revision. */
    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.noneMatch(p -> Files.isRegularFile(p)
                    && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")));
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                    "cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
