package org.sqlbundle.compiler.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.Secrets;

class SecretsTest {

    @Test
    void urlCredentialsAreMaskedWhereverTheyAppear() {
        assertEquals("Incorrect port value : jdbc:mariadb://sb:***@127.0.0.1:3306/db",
                Secrets.scrub("Incorrect port value : jdbc:mariadb://sb:Url-pw-1@127.0.0.1:3306/db"));
        assertEquals("jdbc:postgresql://h/lbaas?user=a&password=***&ssl=true",
                Secrets.scrub("jdbc:postgresql://h/lbaas?user=a&password=p%40ss&ssl=true"));
        assertEquals("jdbc:h2:/tmp/db;USER=sa;PASSWORD=***", Secrets.scrub("jdbc:h2:/tmp/db;USER=sa;PASSWORD=h2pw"));
        assertEquals("//u:***@h", Secrets.scrub("//u:p@ss@w0rd@h"), "a password holding '@' is masked whole");
    }

    @Test
    void aRegisteredSecretIsMaskedOnlyAsAWholeToken() {
        Secrets.register("x");
        Secrets.register("tainers");
        assertEquals("database \"pools\" does not exist", Secrets.scrub("database \"pools\" does not exist"));
        assertEquals("org.testcontainers.x2 and ***: ***@host", Secrets.scrub("org.testcontainers.x2 and x: x@host"));
        assertEquals("org.testcontainers", Secrets.scrub("org.testcontainers"));
        Secrets.register("S3cret!");
        assertEquals("pw '***' refused, xS3cret! stays", Secrets.scrub("pw 'S3cret!' refused, xS3cret! stays"));
    }

    @Test
    void aUrlsPasswordsAreRegisteredForMessagesThatShowThemAlone() {
        Secrets.registerUrl("jdbc:mariadb://sb:Reg-7-pw@127.0.0.1/db?password=Other-8-pw");
        String scrubbed = Secrets.scrub("Access denied (using password Reg-7-pw) or Other-8-pw");
        assertFalse(scrubbed.contains("Reg-7-pw") || scrubbed.contains("Other-8-pw"), scrubbed);
    }
}
