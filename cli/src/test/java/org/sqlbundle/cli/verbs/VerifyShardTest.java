package org.sqlbundle.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle;
import org.sqlbundle.cli.Sqlbundle.Outcome;

/** verify --shard I/N on SQLite and report merge: the shards' reports add up to the unsharded run's. */
class VerifyShardTest {

    private static final String EXAMPLE = VerifyCommandTest.EXAMPLE; // 18 revisions

    @TempDir
    Path work;

    private Outcome verify(String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--dir", EXAMPLE, "--target", "sqlite", "--feature",
                "lbaas"));
        args.addAll(List.of(extra));
        return Sqlbundle.run(work, args.toArray(String[]::new));
    }

    private static List<String> caseNames(String xml) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<testcase classname=\"[^\"]*\" name=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void fourShardsMergeIntoExactlyTheUnshardedReport() throws Exception {
        Outcome whole = verify("--junit", "whole.xml");
        assertEquals(0, whole.exitCode(), whole.out() + whole.err());
        List<String> merge = new ArrayList<>(List.of("report", "merge"));
        for (int i = 4; i >= 1; i--) { // in any order
            Outcome shard = verify("--shard", i + "/4", "--junit", "shard-" + i + ".xml");
            assertEquals(0, shard.exitCode(), shard.out() + shard.err());
            merge.add("shard-" + i + ".xml");
        }
        merge.addAll(List.of("--out", "merged.xml"));
        Outcome merged = Sqlbundle.run(work, merge.toArray(String[]::new));
        assertEquals(0, merged.exitCode(), merged.err());
        String expected = Files.readString(work.resolve("whole.xml"));
        String actual = Files.readString(work.resolve("merged.xml"));
        assertEquals(caseNames(expected), caseNames(actual));
        assertEquals(18 * 5 + 3, caseNames(actual).size());
        assertEquals(expected, actual, "the merged file is the unsharded run's report, byte for byte");
    }

    @Test
    void aShardWalksItsSliceNumberedInTheWholeRangeAndOnlyTheLastRunsTheBundles() throws Exception {
        Outcome second = verify("--shard", "2/4", "--junit", "second.xml");
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertTrue(second.out().contains("range base:2528ceb28230, shard 2/4 (steps 5-9)"), second.out());
        assertTrue(second.out().contains("SYMMETRIC: 5 of 5 steps run"), second.out());
        assertTrue(second.err().contains("verifying: bringing the database to"), second.err());
        List<String> names = caseNames(Files.readString(work.resolve("second.xml")));
        assertTrue(names.get(0).startsWith("step 05 "), names.toString());
        assertTrue(names.get(names.size() - 1).startsWith("step 09 "), names.toString());
        Outcome last = verify("--shard", "4/4");
        assertTrue(last.out().contains("whole range"), last.out());
        assertTrue(!second.out().contains("whole range"), second.out());
    }

    @Test
    void aBadOrEmptyShardIsBadInput() {
        Outcome bad = verify("--shard", "5/4");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("error[E090]") && bad.err().contains("hint:"), bad.err());
        // one revision in two slices: the first holds none (the second holds the revision)
        Outcome empty = verify("--range", "base:8f682276ee4f", "--shard", "1/2");
        assertEquals(2, empty.exitCode(), empty.err());
        assertTrue(empty.err().contains("error[E091]") && empty.err().contains("at most 1 shards"), empty.err());
    }

    @Test
    void mergingTheSameShardTwiceOrAnotherRunsReportIsBadInput() throws Exception {
        assertEquals(0, verify("--shard", "1/2", "--junit", "a.xml").exitCode());
        Outcome twice = Sqlbundle.run(work, "report", "merge", "a.xml", "a.xml", "--out", "m.xml");
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("error[E092]") && twice.err().contains("is also in"), twice.err());
        Files.writeString(work.resolve("other.xml"), Files.readString(work.resolve("a.xml"))
                .replace("sqlbundle.verify.", "sqlbundle.verify.other"));
        Outcome other = Sqlbundle.run(work, "report", "merge", "a.xml", "other.xml", "--out", "m.xml");
        assertEquals(2, other.exitCode());
        assertTrue(other.err().contains("another chain or dialect"), other.err());
        Files.writeString(work.resolve("cut.xml"), "<testsuite name=\"x\"><testcase");
        Outcome cut = Sqlbundle.run(work, "report", "merge", "cut.xml", "--out", "m.xml");
        assertEquals(2, cut.exitCode());
        assertTrue(cut.err().contains("cut.xml") && cut.err().contains("not well-formed"), cut.err());
        assertTrue(!Files.exists(work.resolve("m.xml")), "nothing written on bad input");
    }
}
