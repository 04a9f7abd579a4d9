package org.sqlbundle.compiler.internal.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, written by Maven into a filtered resource, for bundle headers and --version. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/sqlbundle/compiler/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
