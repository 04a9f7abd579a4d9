package org.sqlbundle.verifier.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReportHasThePermissionsTheUmaskGivesEveryNewFileAndNoTempFileStays() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        Assumptions.assumeFalse(expected.equals("rw-------"), "a umask of 077 can't tell the two apart");
        Path report = dir.resolve("reports/verify.json");
        ReportFiles.write(report, "{}\n");
        ReportFiles.write(report, "{\"again\": true}\n");
        assertEquals("{\"again\": true}\n", Files.readString(report));
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }
}
