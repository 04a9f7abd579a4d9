package org.sqlbundle.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extractor DocsExamplesIT runs the documentation's commands with. */
class DocExamplesTest {

    private static final String PAGE = String.join("\n",
            "# title",
            "```bash",
            "bin/sqlbundle check --dir examples/lbaas   # a comment",
            "# bin/sqlbundle commented out",
            "sqlite3 x.db < y.sql",
            "mvn -q package && bin/sqlbundle compile --out build",
            "```",
            "",
            "```text",
            "OK: ...",
            "```",
            "<!-- not-run: needs a live server -->",
            "```sh",
            "sqlbundle current --url jdbc:postgresql://db.example/x",
            "```",
            "<!-- exit: 2 -->",
            "```shell",
            "../../bin/sqlbundle check --dir nope",
            "```",
            "some prose",
            "```text",
            "not output: prose comes between",
            "```",
            "```",
            "sqlbundle check [--dir DIR]",
            "```",
            "");

    @Test
    void commandsOutputsMarkersAndWhatIsNotACommand() {
        DocExamples.Page page = DocExamples.parse("page.md", PAGE);
        assertEquals(List.of(
                new DocExamples.Command("page.md", 3, "bin/sqlbundle check --dir examples/lbaas   # a comment",
                        Optional.empty(), 0),
                new DocExamples.Command("page.md", 6, "mvn -q package && bin/sqlbundle compile --out build",
                        Optional.of(List.of("OK: ...")), 0),
                new DocExamples.Command("page.md", 18, "../../bin/sqlbundle check --dir nope", Optional.empty(), 2)),
                page.commands());
        assertEquals(List.of(new DocExamples.Excluded("page.md", 13, "needs a live server")), page.excluded());
    }

    @Test
    void outputMatchingWithEllipses() {
        List<String> out = List.of("a", "b 1 2", "c", "d");
        assertTrue(DocExamples.matches(List.of("a", "b 1 2", "c", "d"), out));
        assertTrue(DocExamples.matches(List.of("a", "...", "d"), out));
        assertTrue(DocExamples.matches(List.of("a", "b ...", "...", "d  "), out));
        assertTrue(DocExamples.matches(List.of("..."), out));
        assertFalse(DocExamples.matches(List.of("a", "b 1 2", "c"), out), "a missing last line is a difference");
        assertFalse(DocExamples.matches(List.of("a", "x ...", "..."), out));
        assertFalse(DocExamples.matches(List.of("b 1 2", "..."), out), "the first line is not skipped");
    }
}
