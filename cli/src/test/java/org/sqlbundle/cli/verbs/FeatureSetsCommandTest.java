package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/**
 * Mutually exclusive features (one core plugin per site, each creating the same table) and feature names: check and
 * lint take --feature and feature_sets; an unknown feature name is bad input on every verb that takes features.
 */
class FeatureSetsCommandTest {

    @TempDir
    Path work;

    private Path chain;

    @BeforeEach
    void twoPluginsCreatingTheSameTable() throws IOException {
        chain = Files.createDirectories(work.resolve("revisions"));
        write("1.yaml", "id: a1\nparent: null\nmessage: base\nupgrade:\n  - create_table: {name: networks, columns: "
                + "[{name: id, type: string(36), primary_key: true}]}\n");
        for (String plugin : new String[] {"ovs", "linuxbridge"}) {
            String id = plugin.equals("ovs") ? "b2" : "c3";
            String parent = plugin.equals("ovs") ? "a1" : "b2";
            write(id + ".yaml", "id: " + id + "\nparent: " + parent + "\nmessage: " + plugin + "\nwhen: {features: ["
                    + plugin + "]}\nupgrade:\n  - create_table: {name: network_bindings, columns: [{name: network_id, "
                    + "type: string(36), primary_key: true}, {name: " + plugin + "_vlan, type: integer}]}\n");
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(chain.resolve(name), text);
    }

    private void config(String text) throws IOException {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: revisions\n" + text);
    }

    @Test
    void allFeaturesAtOnceIsRefusedNamingTheSet() {
        Outcome run = Sqlbundle.run(work, "check", "--dir", "revisions");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("c3.yaml:6:5: error[E102]: with features [linuxbridge, ovs]: "), run.err());
    }

    @Test
    void eachDeclaredFeatureSetIsCheckedOnItsOwn() throws IOException {
        config("feature_sets: [[ovs], [linuxbridge], []]\n");
        for (String verb : new String[] {"check", "lint"}) {
            Outcome run = Sqlbundle.run(work, verb);
            assertEquals(0, run.exitCode(), verb + ": " + run.out() + run.err());
            Outcome all = Sqlbundle.run(work, verb, "--all-feature-sets");
            assertEquals(0, all.exitCode(), verb + ": " + all.out() + all.err());
        }
        assertEquals(0, Sqlbundle.run(work, "check", "--feature", "ovs").exitCode());
    }

    @Test
    void aDeclaredSetThatDoesNotFitIsNamed() throws IOException {
        config("feature_sets:\n  - [ovs]\n  - [ovs, linuxbridge]\n");
        Outcome run = Sqlbundle.run(work, "check", "--all-feature-sets");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("error[E102]: with features [ovs, linuxbridge]: "), run.err());
        Outcome lint = Sqlbundle.run(work, "lint");
        assertEquals(2, lint.exitCode(), lint.out() + lint.err());
    }

    @Test
    void allFeatureSetsNeedsDeclaredSets() throws IOException {
        config("features: [ovs]\n");
        Outcome run = Sqlbundle.run(work, "check", "--all-feature-sets");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--all-feature-sets: error[E085]: sqlbundle.yaml declares no feature_sets"),
                run.err());
    }

    @Test
    void badFeatureSetsAreConfigErrors() throws IOException {
        config("feature_sets: [ovs, linuxbridge]\n");
        Outcome run = Sqlbundle.run(work, "check");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("sqlbundle.yaml:2:16: error[E061]: each item of feature_sets must be a list"),
                run.err());
    }

    @Test
    void unknownFeatureOnTheCommandLineIsBadInputWithDidYouMean() {
        String[][] runs = {
            {"check", "--feature", "ovz"},
            {"lint", "--feature", "ovz"},
            {"compile", "--feature", "ovz", "--dialect", "sqlite", "--out", "out"},
            {"upgrade", "head", "--sql", "--dialect", "sqlite", "--feature", "ovz"},
            {"downgrade", "base", "--sql", "--dialect", "sqlite", "--feature", "ovz"},
            {"stamp", "head", "--sql", "--dialect", "sqlite", "--feature", "ovz"},
            {"verify", "--target", "sqlite", "--feature", "ovz"},
        };
        for (String[] args : runs) {
            String[] withDir = new String[args.length + 2];
            System.arraycopy(args, 0, withDir, 0, args.length);
            withDir[args.length] = "--dir";
            withDir[args.length + 1] = "revisions";
            Outcome run = Sqlbundle.run(work, withDir);
            assertEquals(2, run.exitCode(), args[0] + ": " + run.out() + run.err());
            assertTrue(run.err().contains("--feature: error[E039]: unknown feature 'ovz': the features of "),
                    args[0] + ": " + run.err());
            assertTrue(run.err().contains("are linuxbridge, ovs\n  hint: did you mean 'ovs'?"), run.err());
        }
        assertTrue(Files.notExists(work.resolve("out")), "no bundle is written");
    }

    @Test
    void unknownFeatureInTheConfigIsReportedWhereItIsWritten() throws IOException {
        config("features: [ovs, linuxbrigde]\n");
        for (String verb : new String[] {"check", "lint", "compile"}) {
            Outcome run = verb.equals("compile") ? Sqlbundle.run(work, verb, "--dialect", "sqlite", "--out", "out")
                    : Sqlbundle.run(work, verb);
            assertEquals(2, run.exitCode(), verb + ": " + run.out() + run.err());
            assertTrue(run.err().contains("sqlbundle.yaml:2:11: error[E039]: unknown feature 'linuxbrigde'"),
                    verb + ": " + run.err());
            assertTrue(run.err().contains("hint: did you mean 'linuxbridge'?"), run.err());
        }
    }

    @Test
    void unknownFeatureInAFeatureSetIsReportedAtTheKey() throws IOException {
        config("feature_sets: [[ovs], [linuxbrige]]\n");
        Outcome run = Sqlbundle.run(work, "lint");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("sqlbundle.yaml:2:15: error[E039]: unknown feature 'linuxbrige'"), run.err());
    }

    @Test
    void aChainWithoutFeaturesSaysSo() throws IOException {
        Files.delete(chain.resolve("b2.yaml"));
        Files.delete(chain.resolve("c3.yaml"));
        Outcome run = Sqlbundle.run(work, "compile", "--dir", "revisions", "--feature", "ovs", "--dialect", "sqlite",
                "--out", "out");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("error[E039]: unknown feature 'ovs': no revision of ")
                && run.err().contains(" has 'when: {features: [...]}'"), run.err());
    }
}
