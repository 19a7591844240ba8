package org.journeyworkbench.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the packaged app that {@code mvn -Ppackage package} builds (scripts/package.sh): its launcher runs on
 * a machine with no Java of its own, with nothing but the image. Runs only in that profile, which sets
 * {@code journeyworkbench.appImage}; never part of {@code mvn verify}.
 */
@EnabledOnOs(OS.LINUX)
@EnabledIfSystemProperty(named = "journeyworkbench.appImage", matches = ".+")
class AppImageIT {
    private static final Path IMAGE = Path.of(System.getProperty("journeyworkbench.appImage", "."));
    private static final Path LAUNCHER = IMAGE.resolve("bin/journey-workbench");
    private static final Path BARNET = IMAGE.resolve("lib/app/sample-models/barnet-2012.json");

    @TempDir
    Path home;

    @Test
    void computeOnTheBundledSampleGivesTheSlidesTableWithNoJavaOnThePath() throws Exception {
        Run r = run(List.of(LAUNCHER.toString(), "compute", BARNET.toString()), Map.of());
        assertEquals(0, r.code, r.err);
        // The slides' Cost/Benefit Summary, to the pound (docs: design/MODEL.md).
        assertTrue(r.out.contains(
                "Police                £357,871       (£98,400)        £259,471       (£46,000)        £213,471"), r.out);
        assertTrue(r.out.contains(
                "Total               £1,029,854      (£570,750)        £459,104      (£292,500)        £166,604"), r.out);
        assertTrue(r.out.contains("£1,852,931"), "NPV: " + r.out);
    }

    @Test
    void versionIsThePoms() throws Exception {
        Run r = run(List.of(LAUNCHER.toString(), "--version"), Map.of());
        assertEquals(0, r.code, r.err);
        assertEquals("Journey Workbench " + System.getProperty("journeyworkbench.version"), r.out.strip());
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesTheAppUses() throws IOException {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        assertTrue(release.contains("java.base") && release.contains("java.desktop"), release);
        for (String unused : List.of("jdk.compiler", "java.scripting", "jdk.jshell", "java.rmi", "jdk.httpserver")) {
            assertFalse(release.contains(unused), unused + " should not be in the runtime: " + release);
        }
        assertFalse(Files.exists(IMAGE.resolve("lib/runtime/bin/javac")));
    }

    @Test
    void classesComeFromTheBundledClassDataArchive() throws Exception {
        Path log = home.resolve("classes.log");
        Run r = run(List.of(LAUNCHER.toString(), "compute", BARNET.toString()),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log));
        assertEquals(0, r.code, r.err);
        String loaded = Files.readString(log);
        assertTrue(loaded.contains("org.journeyworkbench.cli.ComputeCommand source: shared objects file (top)"),
                "the app's own classes should come from the image's archive");
        assertTrue(loaded.contains("java.lang.Object source: shared objects file"), "and the JDK's from the runtime's");
    }

    @Test
    void theWindowOpensAndPaints() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "needs xvfb-run for a display");
        // xvfb-run is a shell script that needs the usual tools on its PATH; the launcher gets an empty one.
        Path emptyBin = Files.createDirectories(home.resolve("empty-bin"));
        List<String> command = new ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1440x900x24",
                "/usr/bin/env", "PATH=" + emptyBin, LAUNCHER.toString()));
        Run r = run(command, Map.of("JAVA_TOOL_OPTIONS", "-Djourneyworkbench.firstFrame=exit"));
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("first-frame "), r.err);
        // JavaFX's native libraries load from the image, not unpacked into the user's home.
        assertFalse(Files.exists(home.resolve(".openjfx")));
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs with an environment of its own: no JAVA_HOME, and a PATH with no Java on it. */
    private Run run(List<String> command, Map<String, String> extra) throws Exception {
        Path emptyBin = Files.createDirectories(home.resolve("empty-bin"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        String path = command.get(0).endsWith("xvfb-run") ? "/usr/bin:/bin" : emptyBin.toString();
        pb.environment().put("PATH", path);
        pb.environment().put("HOME", home.toString());
        pb.environment().putAll(extra);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
