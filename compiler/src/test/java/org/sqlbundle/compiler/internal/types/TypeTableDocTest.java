package org.sqlbundle.compiler.internal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/type-table.md is generated from the type table; regenerate it with -Dsqlbundle.updateDocs=true. */
class TypeTableDocTest {

    private static final Path DOC = Path.of(System.getProperty("sqlbundle.repoRoot", ".."), "docs/type-table.md");

    @Test
    void docMatchesTheTable() throws Exception {
        String generated = TypeTableDoc.markdown();
        if (Boolean.getBoolean("sqlbundle.updateDocs")) {
            Files.writeString(DOC, generated);
        }
        assertEquals(generated, Files.readString(DOC),
                "docs/type-table.md is out of date: run mvn -pl compiler test -Dtest=TypeTableDocTest "
                        + "-Dsqlbundle.updateDocs=true and review the diff");
    }
}
