package org.sqlbundle.verifier.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which scripts' settings a kept SQLite connection can answer for: only PRAGMAs whose value is read back. */
class SqliteSessionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "PRAGMA legacy_alter_table = ON; PRAGMA legacy_alter_table = OFF | true",
        "PRAGMA main.legacy_alter_table = ON | true",
        "pragma Foreign_Keys=1 | true",
        "PRAGMA foreign_keys | true",
        "CREATE TABLE t (x INTEGER); -- PRAGMA case_sensitive_like = ON | true",
        "SELECT 'PRAGMA temp_store = 2'; /* PRAGMA cache_size = 1 */ | true",
        "SELECT \"pragma\" FROM t | true",
        "PRAGMA case_sensitive_like = ON | false",
        "PRAGMA main.cache_size = 10 | false",
        "PRAGMA main.\"legacy_alter_table\" = ON | false",
        "PRAGMA temp_store = MEMORY; PRAGMA legacy_alter_table = ON | false",
        "PRAGMA legacy_alter_table = ON; PRAGMA synchronous = FULL | false",
        "PRAGMA main | false",
        "PRAGMA | false",
        "SELECT last_insert_rowid() | false",
        "SELECT TOTAL_CHANGES() | false",
        "SELECT changes() | true",
    })
    void onlyPragmasReadBackAfterTheScriptKeepTheConnection(String script, boolean keepable) {
        assertEquals(keepable, SqliteSession.onlyReadBackSettings(script), script);
    }
}
