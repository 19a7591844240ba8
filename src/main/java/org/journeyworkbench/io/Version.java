package org.journeyworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, written into the jar from the pom (one version for every place that shows it). */
public final class Version {
    private static final String VERSION = read();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/journeyworkbench/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through: the manifest, or "development"
        }
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
