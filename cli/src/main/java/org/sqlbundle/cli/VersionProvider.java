package org.sqlbundle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The Maven project version, written into version.properties by resource filtering at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    static final String RESOURCE = "/org/sqlbundle/cli/version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + RESOURCE + " in the jar; rebuild with mvn package");
            }
            properties.load(in);
        }
        return new String[] {"sqlbundle " + properties.getProperty("version", "unknown")};
    }
}
