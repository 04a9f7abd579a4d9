package org.sqlbundle.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.errors.SqlbundleException;

class DatabaseTest {

    private static final String SECRET = "pw-Secret-4711";

    @Test
    void theUrlDecidesTheDialect() {
        assertEquals(Dialect.POSTGRESQL, db("jdbc:postgresql://127.0.0.1/x", Optional.empty()).dialect());
        assertEquals(Dialect.MYSQL, db("jdbc:mysql://127.0.0.1/x", Optional.empty()).dialect());
        assertEquals(Dialect.MARIADB, db("jdbc:mariadb://127.0.0.1/x", Optional.empty()).dialect());
        assertEquals(Dialect.SQLITE, db("jdbc:sqlite:/tmp/x.db", Optional.empty()).dialect());
        assertEquals(Dialect.H2, db("jdbc:h2:/tmp/x", Optional.empty()).dialect());
        assertEquals(Dialect.MARIADB, db("jdbc:mysql://127.0.0.1/x", Optional.of(Dialect.MARIADB)).dialect());
    }

    @Test
    void aDialectThatContradictsTheUrlOrAnUnknownUrlIsBadInput() {
        SqlbundleException conflict = assertThrows(SqlbundleException.class,
                () -> db("jdbc:postgresql://127.0.0.1/x", Optional.of(Dialect.MYSQL)));
        assertTrue(conflict.getMessage().contains("E071"), conflict.getMessage());
        SqlbundleException unknown = assertThrows(SqlbundleException.class,
                () -> db("jdbc:oracle:thin:scott/" + SECRET + "@h:1521/x", Optional.empty()));
        assertTrue(unknown.getMessage().contains("E070"), unknown.getMessage());
        assertFalse(unknown.getMessage().contains(SECRET), unknown.getMessage());
        SqlbundleException memory = assertThrows(SqlbundleException.class,
                () -> db("jdbc:sqlite::memory:", Optional.empty()));
        assertTrue(memory.getMessage().contains("in-memory"), memory.getMessage());
        assertThrows(SqlbundleException.class, () -> db("jdbc:sqlite:", Optional.empty()));
        assertThrows(SqlbundleException.class, () -> db("jdbc:h2:mem:x", Optional.empty()));
        assertEquals(Dialect.H2, db("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", Optional.empty()).dialect());
    }

    @Test
    void thePasswordNeverShowsInDescriptionsOrMessages() {
        Database fromOption = db("jdbc:postgresql://127.0.0.1/x", Optional.empty());
        Database inUrl = Database.of("jdbc:postgresql://127.0.0.1/x?user=u&password=" + SECRET, Optional.empty(),
                Optional.empty(), Optional.empty());
        Database userInfo = Database.of("jdbc:mariadb://u:" + SECRET + "@127.0.0.1/x", Optional.empty(),
                Optional.empty(), Optional.empty());
        assertFalse(userInfo.describe().contains(SECRET), userInfo.describe());
        for (Database d : new Database[] {fromOption, inUrl}) {
            assertFalse(d.toString().contains(SECRET), d.toString());
            assertFalse(d.describe().contains(SECRET), d.describe());
            assertEquals("driver said *** was wrong", d.scrub("driver said " + SECRET + " was wrong"));
        }
        assertTrue(fromOption.toString().contains("password=***"));
    }

    @Test
    void aRefusedConnectionIsInfrastructureAndDoesNotNameThePassword() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Database d = db("jdbc:postgresql://127.0.0.1:" + closedPort + "/x", Optional.empty());
        SqlbundleException e = assertThrows(SqlbundleException.class, d::open);
        assertEquals(SqlbundleException.Kind.INFRASTRUCTURE, e.kind());
        assertTrue(e.getMessage().contains("E077"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    private static Database db(String url, Optional<Dialect> dialect) {
        return Database.of(url, Optional.of("someone"), Optional.of(SECRET), dialect);
    }
}
