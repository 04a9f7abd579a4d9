package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** verify end to end on SQLite and H2: exit codes, the text report, progress lines, the JSON and JUnit files. */
class VerifyCommandTest {

    static final Path ROOT = Path.of(System.getProperty("sqlbundle.repoRoot", "..")).toAbsolutePath().normalize();
    static final String EXAMPLE = ROOT.resolve("examples/lbaas").toString();
    /** The revisions alone: the project directory above brings its sqlbundle.yaml, which enables lbaas. */
    static final String CHAIN = ROOT.resolve("examples/lbaas/revisions").toString();
    static final String FORGOTTEN_INDEX = ROOT.resolve("verifier/src/test/resources/broken-chains/forgotten-index")
            .toString();

    @TempDir
    Path work;

    @Test
    void exampleChainIsSymmetricOnSqliteWithReportsAndPlainProgress() throws Exception {
        Outcome run = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", "sqlite", "--feature", "lbaas",
                "--report", "json", "reports/verify.json", "--junit", "reports/verify.xml");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("SYMMETRIC: 18 of 18 steps run, 0 failed"), run.out());
        assertTrue(run.out().contains("  ok       1/18 8f682276ee4f  upgrade-matches-model, downgrade-restores"),
                run.out());
        assertTrue(run.err().contains("verifying 1/18 8f682276ee4f\n"), run.err());
        assertTrue(run.err().contains("verifying 18/18 2528ceb28230\n"), run.err());
        assertFalse(run.err().contains("\r"), "no carriage returns when not on a terminal");

        JsonNode json = new ObjectMapper().readTree(work.resolve("reports/verify.json").toFile());
        assertTrue(json.get("passed").asBoolean());
        assertEquals("sqlite", json.get("dialect").asText());
        assertEquals(18, json.get("steps").size());
        assertEquals("upgrade-matches-model", json.get("steps").get(0).get("checks").get(0).get("check").asText());
        assertEquals(0, json.get("summary").get("failed").asInt());

        Document xml = parse(work.resolve("reports/verify.xml"));
        Element suite = xml.getDocumentElement();
        assertEquals("0", suite.getAttribute("failures"));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.getLength());
        assertEquals(18 * 5 + 3, cases.getLength(), "five checks per revision, three for the whole range");
        assertEquals("step 01 8f682276ee4f upgrade-matches-model", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals(List.of(), Files.list(work.resolve("reports")).map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".tmp")).toList(), "no temp files left next to the reports");
    }

    @Test
    void targetComesFromTheConfigFileElseSqlite() throws Exception {
        Outcome byDefault = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--no-data");
        assertEquals(0, byDefault.exitCode(), byDefault.err() + byDefault.out());
        assertTrue(byDefault.out().startsWith("verify lbaas on sqlite (sqlite)"), byDefault.out());
        java.nio.file.Files.writeString(work.resolve("sqlbundle.yaml"), "dir: " + EXAMPLE + "\ntarget: h2\n");
        Outcome configured = Sqlbundle.run(work, "verify", "--no-data");
        assertEquals(0, configured.exitCode(), configured.err() + configured.out());
        assertTrue(configured.out().startsWith("verify lbaas on h2 ("), configured.out());
    }

    @Test
    void withoutTheFeatureSkippedRevisionsAreOnlyStampedAndStillComparedOnH2() {
        Outcome run = Sqlbundle.run(work, "verify", "--dir", CHAIN, "--target", "h2", "--no-data");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("54c2c487e913  upgrade-matches-model, downgrade-restores, upgrade-again-same,"
                + " version-stamp [skipped by features: only the stamp runs, and the schema is still compared]"),
                run.out());
        assertTrue(run.out().contains("data round trip off"), run.out());
    }

    @Test
    void asymmetricDowngradeExitsOneAndReportsTheStepTheCheckAndTheObject() throws Exception {
        Outcome run = Sqlbundle.run(work, "verify", "--dir", FORGOTTEN_INDEX, "--target", "sqlite",
                "--report", "json", "r.json", "--report", "junit", "r.xml");
        assertEquals(1, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("first failure: revision bbbb00000002"), run.out());
        assertTrue(run.out().contains("check downgrade-restores"), run.out());
        assertTrue(run.out().contains("table pools / index ix_pools_tenant"), run.out());

        JsonNode json = new ObjectMapper().readTree(work.resolve("r.json").toFile());
        assertFalse(json.get("passed").asBoolean());
        assertEquals("bbbb00000002", json.get("firstFailure").get("revision").asText());
        assertEquals("downgrade-restores", json.get("firstFailure").get("check").asText());
        assertEquals("table pools / index ix_pools_tenant",
                json.get("steps").get(1).get("checks").get(1).get("differences").get(0).get("object").asText());

        Document xml = parse(work.resolve("r.xml"));
        assertEquals("1", xml.getDocumentElement().getAttribute("failures"));
        List<String> failed = new ArrayList<>();
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failed.add(c.getAttribute("name"));
                assertTrue(c.getTextContent().contains("table pools / index ix_pools_tenant"), c.getTextContent());
            }
        }
        assertEquals(List.of("step 2 bbbb00000002 downgrade-restores"), failed);
    }

    @Test
    void badInputExitsTwo() {
        assertEquals(2, Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", "oracle").exitCode());
        Outcome backwards = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", "sqlite", "--range",
                "head:base");
        assertEquals(2, backwards.exitCode(), backwards.err());
        Outcome format = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", "sqlite", "--report", "xml",
                "r.xml");
        assertEquals(2, format.exitCode(), format.err());
        assertTrue(format.err().contains("unknown report format 'xml'"), format.err());
        assertFalse(Files.exists(work.resolve("r.xml")));
        Outcome noClient = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", "h2", "--client");
        assertEquals(2, noClient.exitCode(), noClient.err());
        assertTrue(noClient.err().contains("h2 has no command-line client"), noClient.err());
        assertFalse(noClient.err().contains("verifying 1/"), "refused before the first revision");
    }

    @Test
    void unreachableServerExitsThreeAndNeverPrintsThePassword() {
        Outcome run = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target",
                "jdbc:postgresql://127.0.0.1:1/postgres", "--user", "someone", "--password", "S3cret-pw-42",
                "--report", "json", "r.json");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot connect to postgresql server 127.0.0.1:1"), run.err());
        assertFalse(run.out().contains("S3cret-pw-42") || run.err().contains("S3cret-pw-42"), run.err());
        assertFalse(Files.exists(work.resolve("r.json")), "no report without a run");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndTheConfigFileLikeTheOnlineVerbs() throws Exception {
        Files.writeString(work.resolve("sqlbundle.yaml"), "dir: " + EXAMPLE + "\nuser: lbaas\n"
                + "password_env: LBAAS_PW\ntarget: jdbc:postgresql://127.0.0.1:1/postgres\n");
        Outcome run = Sqlbundle.runWithEnvironment(work, java.util.Map.of("LBAAS_PW", "Env-pw-77"), "verify");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot connect to postgresql server 127.0.0.1:1"), run.err());
        assertFalse(run.out().contains("Env-pw-77") || run.err().contains("Env-pw-77"), run.err());
        Outcome unset = Sqlbundle.runWithEnvironment(work, java.util.Map.of(), "verify");
        assertEquals(2, unset.exitCode(), unset.err());
        assertTrue(unset.err().contains("password_env names $LBAAS_PW, which is not set"), unset.err());
    }

    @Test
    void shippedBundlesMustBeWhatTheChainCompilesToAndAreTheFilesReplayed() throws Exception {
        Outcome compile = Sqlbundle.run(work, "compile", "--dir", CHAIN, "--dialect", "sqlite,h2", "--out", "ship");
        assertEquals(0, compile.exitCode(), compile.err());
        Outcome same = Sqlbundle.run(work, "verify", "--dir", CHAIN, "--bundles", "ship", "--no-data");
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertTrue(same.out().contains("ok      whole range  shipped-bundles-match"), same.out());

        Outcome stale = Sqlbundle.run(work, "verify", "--dir", CHAIN, "--bundles", "ship", "--no-data",
                "--feature", "lbaas");
        assertEquals(1, stale.exitCode(), stale.out() + stale.err());
        assertTrue(stale.out().contains("check shipped-bundles-match"), stale.out());
        assertTrue(stale.out().contains("ship/sqlite/upgrade.sql:"), "names the file and line: " + stale.out());

        Path upgrade = work.resolve("ship/sqlite/upgrade.sql");
        Files.writeString(upgrade, Files.readString(upgrade).replace("CREATE TABLE", "create table"));
        Outcome edited = Sqlbundle.run(work, "verify", "--dir", CHAIN, "--bundles", "ship", "--no-data");
        assertEquals(1, edited.exitCode(), edited.out());
        assertTrue(edited.out().contains("does not match MANIFEST.sha256: it was changed after compile"), edited.out());

        Outcome missing = Sqlbundle.run(work, "verify", "--dir", CHAIN, "--bundles", "ship", "--target",
                "embedded-postgresql", "--no-data");
        assertEquals(2, missing.exitCode(), missing.out() + missing.err());
        assertTrue(missing.err().contains("with a postgresql/ directory in it"), missing.err());
    }

    @Test
    void rangeNotFromBaseIsSetUpFirst() {
        Outcome run = Sqlbundle.run(work, "verify", "--dir", EXAMPLE, "--target", "sqlite", "--feature", "lbaas",
                "--range", "folsom:head");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.err().contains("verifying: bringing the database to "), run.err());
        assertFalse(run.out().contains("8f682276ee4f  upgrade"), "revisions up to the start are not checked");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
