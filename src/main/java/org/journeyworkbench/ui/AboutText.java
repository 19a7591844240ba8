package org.journeyworkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.journeyworkbench.io.Version;

/** Help ▸ About: the version (the pom's, as everywhere else), the Java it runs on, and what is bundled under which licence. */
final class AboutText {
    private AboutText() {
    }

    static String text() {
        return "Journey Workbench " + Version.get() + "\n"
                + "A scenario workbench for offender-journey business cases.\n"
                + "Running on Java " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + "\n\nGDP deflator in use: " + org.journeyworkbench.engine.prices.Deflator.inUse().name() + ".\n\n"
                + licences();
    }

    static String licences() {
        try (InputStream in = AboutText.class.getResourceAsStream("/org/journeyworkbench/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
