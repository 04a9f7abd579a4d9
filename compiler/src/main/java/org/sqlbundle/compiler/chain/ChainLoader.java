package org.sqlbundle.compiler.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SourcePos;
import org.sqlbundle.compiler.source.SqlbundleException;

/**
 * Reads a chain directory. Every file is read even when some fail, so one run reports every problem.
 * Files are read in parallel: parsing YAML is most of the cost of loading a large chain.
 */
public final class ChainLoader {

    private ChainLoader() {
    }

    /** Loads and checks a linear chain; throws BAD_INPUT listing every problem otherwise. */
    public static Chain load(Path dir) {
        return loadGraph(dir).toChain();
    }

    /** Loads the revisions and their links; throws only if a file can't be read as a revision. */
    public static RevisionGraph loadGraph(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E030",
                    "chain directory not found", "pass the directory of revision files with --dir"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> Files.isRegularFile(p)
                            && (p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml")))
                    .sorted().toList();
        } catch (IOException e) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E001",
                    "cannot list the chain directory: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw SqlbundleException.badInput(Problem.of(SourcePos.ofFile(dir.toString()), "E031",
                    "no revision files (*.yaml) in the chain directory",
                    "create the first one with 'sqlbundle revision -m \"initial schema\"'"));
        }
        Path base = Path.of("").toAbsolutePath();
        List<FileRead> results = files.parallelStream().map(f -> {
            try {
                return new FileRead(RevisionReader.read(f, display(base, f)), List.of());
            } catch (SqlbundleException e) {
                return new FileRead(null, e.problems());
            }
        }).toList();
        List<Revision> revisions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FileRead read : results) {
            if (read.problems().isEmpty()) {
                revisions.add(read.revision());
            } else {
                problems.addAll(read.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw SqlbundleException.badInput(problems);
        }
        return new RevisionGraph(dir, revisions, List.of());
    }

    /** One file's outcome: its revision, or the problems that kept it from being one. */
    private record FileRead(Revision revision, List<Problem> problems) {
    }

    /** Paths relative to the working directory when below it, so errors read {@code examples/x/rev.yaml:3:1}. */
    static String display(Path workingDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
    }
}
