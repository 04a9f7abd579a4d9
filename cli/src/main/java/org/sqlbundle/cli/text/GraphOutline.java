package org.sqlbundle.cli.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.chain.RevisionGraph;

/**
 * History of a chain that is not linear: every revision, walked from the base depth-first with children
 * in id order. Each branch is introduced by a header line and indented, so the reader sees where the
 * chain forks and which revisions belong to which fork.
 */
public final class GraphOutline {

    private static final String INDENT = "  ";

    private final RevisionGraph graph;
    private final boolean verbose;
    private final Set<String> printed = new HashSet<>();
    private final List<String> lines = new ArrayList<>();

    private GraphOutline(RevisionGraph graph, boolean verbose) {
        this.graph = graph;
        this.verbose = verbose;
    }

    public static List<String> lines(RevisionGraph graph, boolean verbose) {
        GraphOutline outline = new GraphOutline(graph, verbose);
        outline.walkAll();
        return List.copyOf(outline.lines);
    }

    private void walkAll() {
        // roots: bases first, then revisions whose parent is missing; both sorted by id for stable output
        List<Revision> roots = graph.revisions().values().stream()
                .filter(r -> r.parent().isEmpty() || !graph.revisions().containsKey(r.parent().get()))
                .sorted(Comparator.comparing((Revision r) -> r.parent().isPresent()).thenComparing(Revision::id))
                .toList();
        for (Revision root : roots) {
            walk(root, 0);
        }
        List<Revision> unreached = graph.revisions().values().stream().filter(r -> !printed.contains(r.id()))
                .sorted(Comparator.comparing(Revision::id)).toList();
        if (!unreached.isEmpty()) {
            lines.add("not reachable from a base (in a cycle):");
            unreached.forEach(r -> print(r, 1));
        }
    }

    private void walk(Revision first, int depth) {
        Revision r = first;
        while (r != null && !printed.contains(r.id())) {
            print(r, depth);
            List<Revision> children = graph.childrenOf(r.id());
            if (children.size() == 1) {
                r = children.get(0);
                continue;
            }
            for (int i = 0; i < children.size(); i++) {
                lines.add(INDENT.repeat(depth + 1) + "branch " + (i + 1) + " of " + children.size() + " from "
                        + r.id() + ":");
                walk(children.get(i), depth + 1);
            }
            r = null;
        }
    }

    private void print(Revision r, int depth) {
        printed.add(r.id());
        String indent = INDENT.repeat(depth);
        lines.add(indent + RevisionLine.summary(r, markers(r)));
        if (verbose) {
            RevisionLine.details(r).forEach(d -> lines.add(indent + "    " + d));
        }
    }

    private List<String> markers(Revision r) {
        List<String> markers = new ArrayList<>();
        if (r.isBase()) {
            markers.add("base");
        } else if (!graph.revisions().containsKey(r.parent().get())) {
            markers.add("parent " + r.parent().get() + " missing");
        }
        int children = graph.childrenOf(r.id()).size();
        if (children == 0) {
            markers.add("head");
        } else if (children > 1) {
            markers.add("branchpoint");
        }
        return markers;
    }
}
