package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Fixtures;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.cli.newrevision.NewRevisionNames;
import org.sqlbundle.compiler.Chain;
import org.sqlbundle.compiler.Revision;
import org.sqlbundle.compiler.internal.chain.ChainLoader;
import org.sqlbundle.compiler.internal.source.YamlScalars;

class RevisionCommandTest {

    private static final String SEEDED_ID = NewRevisionNames.randomId(new Random(Sqlbundle.SEED));

    @TempDir
    Path work;

    private Outcome revision(String dir, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "revision";
        args[1] = "--dir";
        args[2] = dir;
        System.arraycopy(more, 0, args, 3, more.length);
        return Sqlbundle.run(work, args);
    }

    @Test
    void firstRevisionInAnEmptyDirectoryIsTheBase() throws Exception {
        Files.createDirectories(work.resolve("revs"));
        Outcome run = revision("revs", "-m", "initial schema");
        assertEquals(0, run.exitCode(), run.err());
        Path written = work.resolve("revs").resolve(SEEDED_ID + "_initial_schema.yaml");
        assertEquals(written + "\n", run.out());
        String text = Files.readString(written);
        assertTrue(text.contains("\nparent: null\n"), text);
        assertTrue(text.contains("\nupgrade: []\n"), text);
        Outcome check = Sqlbundle.run(work, "check", "--dir", "revs");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().startsWith("OK: linear chain of 1 revision, base " + SEEDED_ID), check.out());
    }

    /** Not 0600 whatever the umask (createTempFile's permissions used to outlive the move): the umask decides. */
    @Test
    void theNewFileHasThePermissionsTheUmaskGivesEveryNewFile() throws Exception {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        Path probe = Files.createFile(work.resolve("probe"));
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Assumptions.assumeFalse(expected.equals("rw-------"), "a umask of 077 can't tell the two apart");
        Outcome run = revision("revs", "-m", "add vips");
        assertEquals(0, run.exitCode(), run.err());
        Path written = Path.of(run.out().strip());
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        assertTrue(written.startsWith(dir));
    }

    @Test
    void nextRevisionGoesOnTopOfTheHeadAndTheChainStillChecks() {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        Outcome run = revision("revs", "-m", "add vips");
        assertEquals(0, run.exitCode(), run.err());
        Chain chain = ChainLoader.load(dir);
        assertEquals(4, chain.size());
        assertEquals(SEEDED_ID, chain.head().id());
        assertEquals("cccc00000003", chain.head().parent().orElseThrow());
        Outcome check = Sqlbundle.run(work, "check", "--dir", "revs");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("4 revisions") && check.out().contains("head " + SEEDED_ID), check.out());
    }

    @Test
    void awkwardMessagesRoundTrip() {
        String message = "it's \"quoted\": yes # not a comment\nsecond: line\twith a tab \\ backslash, ünïcödé ✓ 🚀";
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        Outcome run = revision("revs", "-m", message);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(message, ChainLoader.load(dir).head().message());
        assertTrue(run.out().contains(SEEDED_ID + "_it_s_quoted_yes_not_a_comment_second.yaml"), run.out());
    }

    @Test
    void messagesThatLookLikeYamlValuesStayStrings() {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        for (String message : List.of("null", "true", "123", "- item", "[a, b]", "{k: v}", "&anchor", "*alias")) {
            Outcome run = Sqlbundle.run(work, new Random(message.hashCode()), "revision", "--dir", "revs",
                    "-m", message);
            assertEquals(0, run.exitCode(), message + ": " + run.err());
            assertEquals(message, ChainLoader.load(dir).head().message());
        }
    }

    @Test
    void tagsAndFeaturesAreWritten() {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        Outcome run = revision("revs", "-m", "vpn", "--tag", "grizzly", "--tag", "g2", "--feature", "lbaas",
                "--feature", "vpn");
        assertEquals(0, run.exitCode(), run.err());
        Revision head = ChainLoader.load(dir).head();
        assertEquals(List.of("grizzly", "g2"), head.tags());
        assertEquals(List.of("lbaas", "vpn"), head.features());
        assertEquals(3, ChainLoader.load(dir).resolve("grizzly"));
    }

    @Test
    void refusesABranchedChainAndWritesNothing() {
        Path dir = Fixtures.copyChain("branched", work.resolve("revs"));
        List<String> before = Fixtures.fileNames(dir);
        Outcome run = revision("revs", "-m", "a third branch");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E014]: the chain branches at aaaa00000001"), run.err());
        assertEquals(before, Fixtures.fileNames(dir));
    }

    @Test
    void refusesATagAlreadyInUse() {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        List<String> before = Fixtures.fileNames(dir);
        Outcome run = revision("revs", "-m", "again", "--tag", "folsom");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--tag folsom: error[E064]: tag 'folsom' is already used by bbbb00000002"),
                run.err());
        assertEquals(before, Fixtures.fileNames(dir));
    }

    @Test
    void aTagThatReadsAsAReferenceIsRefusedBeforeAnythingIsWritten() {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        List<String> before = Fixtures.fileNames(dir);
        Outcome relative = revision("revs", "-m", "x", "--tag", "head-1");
        assertEquals(2, relative.exitCode());
        assertTrue(relative.err().startsWith("--tag head-1: error[E018]: tag 'head-1' reads as a relative reference"),
                relative.err());
        assertTrue(relative.err().contains("hint: rename the tag"), relative.err());
        Outcome prefix = revision("revs", "-m", "x", "--tag", "cccc");
        assertEquals(2, prefix.exitCode());
        assertTrue(prefix.err().startsWith("--tag cccc: error[E018]: tag 'cccc' reads as a prefix of a revision id"),
                prefix.err());
        assertEquals(before, Fixtures.fileNames(dir));
    }

    @Test
    void aReservedTagFailsBeforeAnythingLandsInTheChain() {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        List<String> before = Fixtures.fileNames(dir);
        Outcome run = revision("revs", "-m", "x", "--tag", "head");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E009]: the new revision would not load: tag 'head'"), run.err());
        assertTrue(run.err().contains("hint: nothing was written"), run.err());
        assertEquals(before, Fixtures.fileNames(dir), "no revision and no leftover temp file");
    }

    @Test
    void aTemplatesDirectoryOverridesTheBuiltInTemplate() throws Exception {
        Files.createDirectories(work.resolve("revs"));
        Path template = work.resolve("tpl/revision/revision.yaml.vm");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "# house style\nid: $id\nparent: $parent\nmessage: $message\nupgrade: []\n");
        Outcome run = revision("revs", "-m", "first", "--templates", "tpl");
        assertEquals(0, run.exitCode(), run.err());
        String id = YamlScalars.plainOrQuoted(SEEDED_ID);
        assertEquals("# house style\nid: " + id + "\nparent: null\nmessage: \"first\"\nupgrade: []\n",
                Files.readString(work.resolve("revs").resolve(SEEDED_ID + "_first.yaml")));
    }

    @Test
    void aTemplatesDirectoryWithoutTheFileFallsBackToTheBuiltIn() throws Exception {
        Files.createDirectories(work.resolve("revs"));
        Files.createDirectories(work.resolve("tpl"));
        Outcome run = revision("revs", "-m", "first", "--templates", "tpl");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(work.resolve("revs").resolve(SEEDED_ID + "_first.yaml"))
                .contains("# Format reference: docs/revision-format.md"));
    }

    @Test
    void aBrokenTemplateIsReportedAndNothingIsWritten() throws Exception {
        Path dir = Files.createDirectories(work.resolve("revs"));
        Path template = work.resolve("tpl/revision/revision.yaml.vm");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "id: $idd\nparent: $parent\nmessage: $message\nupgrade: []\n");
        Outcome run = revision("revs", "-m", "first", "--templates", "tpl");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("revision.yaml.vm: error[E065]: revision template failed"), run.err());
        assertEquals(List.of(), Fixtures.fileNames(dir));
    }

    @Test
    void aTemplateThatDropsTheParentIsCaught() throws Exception {
        Path dir = Fixtures.copyChain("linear-3", work.resolve("revs"));
        Path template = work.resolve("tpl/revision/revision.yaml.vm");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "id: $id\nparent: null\nmessage: $message\nupgrade: []\n");
        Outcome run = revision("revs", "-m", "oops", "--templates", "tpl");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error[E065]: the revision template wrote id " + SEEDED_ID + " and parent null"),
                run.err());
        assertEquals(3, ChainLoader.load(dir).size());
    }

    @Test
    void blankOrMissingMessageIsRefused() throws Exception {
        Files.createDirectories(work.resolve("revs"));
        Outcome blank = revision("revs", "-m", "  ");
        assertEquals(2, blank.exitCode());
        assertTrue(blank.err().contains("error[E068]: the revision message is empty"), blank.err());
        Outcome missing = revision("revs");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("error: Missing required option: '--message=MESSAGE'"), missing.err());
    }

    @Test
    void idsComeFromTheRandomSource() throws Exception {
        Files.createDirectories(work.resolve("a"));
        Files.createDirectories(work.resolve("b"));
        Outcome first = Sqlbundle.run(work, new Random(1), "revision", "--dir", "a", "-m", "x");
        Outcome second = Sqlbundle.run(work, new Random(2), "revision", "--dir", "b", "-m", "x");
        assertEquals(0, first.exitCode() + second.exitCode(), first.err() + second.err());
        assertTrue(first.out().contains(NewRevisionNames.randomId(new Random(1)) + "_x.yaml"), first.out());
        assertNotEquals(first.out().trim().substring(first.out().trim().length() - 19),
                second.out().trim().substring(second.out().trim().length() - 19));
    }

    @Test
    void aMissingDirectoryIsNotCreated() {
        Outcome run = revision("nowhere", "-m", "first");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertTrue(Files.notExists(work.resolve("nowhere")));
    }
}
