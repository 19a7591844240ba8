package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite: every case of issue 13 and more an outsider would try, each run through the
 * command line. Every one must end with the promised exit code, at most one line on stderr with no trace and
 * no Java in it, and every file that was there before still there, unchanged. The totals are in
 * docs/reliability.md.
 */
class HostileFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String M = "MODEL";

    /** One attack: what to write, the command line ({@code MODEL} stands for the written model), what to expect. */
    record Attack(String name, Setup setup, String[] args, int code, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Setup {
        /** Writes the files the attack needs into {@code dir}; returns the model's path. */
        Path write(Path dir) throws Exception;
    }

    static Stream<Attack> attacks() {
        List<Attack> a = new ArrayList<>();
        // ---- issue 13: crashes ----
        a.add(attack("10,000 terms added", formula(String.join(" + ", java.util.Collections.nCopies(10_000, "1A"))),
                0, "", "compute", M));
        a.add(attack("10,000 terms added, exported", formula(String.join(" + ", java.util.Collections.nCopies(10_000,
                "1A"))), 2, "spreadsheets allow 8,192", "export", M, "OUT.xlsx"));
        a.add(attack("20,000 divisions in a row", formula("1A" + " / 1".repeat(20_000)), 0, "", "compute", M));
        a.add(attack("20,000 divisions, appraised", formula("1A" + " / 1".repeat(20_000)), 0, "", "appraise", M));
        a.add(attack("20,000 divisions, compared", formula("1A" + " / 1".repeat(20_000)), 0, "", "compare", M));
        a.add(attack("10,000 brackets deep", formula("(".repeat(10_000) + "1A" + ")".repeat(10_000)), 2,
                "nests too many brackets", "compute", M));
        a.add(attack("10,000 minus signs", formula("-".repeat(10_000) + "1A"), 2, "minus signs", "compute", M));
        a.add(attack("5,000 groups × 5,000 stages", groupsAndStages(5_000), 0, "", "compute", M, "--format", "json"));
        a.add(attack("5,000 groups × 5,000 stages, inputs", groupsAndStages(5_000), 0, "", "inputs", M));
        a.add(attack("20,000-stage chain, --set", chain(20_000), 0, "", "compute", M, "--set", "stages.s7.unitCost=5"));
        a.add(attack("export to /", sample(), 2, "should end in .xlsx", "export", M, "/"));
        a.add(attack("export to a folder named .xlsx", dir -> {
            Files.createDirectory(dir.resolve("folder.xlsx"));
            return sample().write(dir);
        }, 2, "could not be written", "export", M, "folder.xlsx"));
        a.add(attack("export into a missing folder", sample(), 2, "the folder does not exist", "export", M,
                "gone/OUT.xlsx"));
        a.add(attack("a name of 40,000 characters", edit(m -> m.put("name", "n".repeat(40_000))), 0, "",
                "compute", M));
        a.add(attack("a name of 40,000 characters, exported", edit(m -> m.put("name", "n".repeat(40_000))), 2,
                "name: is 40,000 characters long", "export", M, "OUT.xlsx"));
        a.add(attack("16,384 scenarios, exported", edit(m -> {
            ArrayNode list = m.putArray("scenarios");
            for (int k = 0; k < 16_384; k++) {
                list.addObject().put("name", "option " + k);
            }
        }), 2, "at most 199", "export", M, "OUT.xlsx"));
        a.add(attack("a mistyped command", sample(), 2, "Unknown command 'computee'. Did you mean 'compute'?",
                "computee", M));
        // ---- hangs ----
        a.add(attack("a FIFO as the model", dir -> {
            Path fifo = dir.resolve("fifo.json");
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
                return dir.resolve("missing.json");
            }
            return fifo;
        }, 2, "", "compute", M));
        // ---- poor answers ----
        a.add(attack("a constant making Infinity", formula("1A * 1" + "0".repeat(300) + " * 1" + "0".repeat(300)), 2,
                "level1.formula", "compute", M, "--format", "json"));
        a.add(attack("a scenario named Base case", edit(m -> ((ObjectNode) m.get("scenarios").get(0))
                .put("name", "Base Case")), 2, "Base case", "compute", M));
        a.add(attack("--set unitCost=true", sample(), 2, "only for switching", "compute", M, "--set",
                "stages.arrest.unitCost=true"));
        a.add(attack("--set unitCost=1,5", sample(), 2, "commas only between thousands", "compute", M, "--set",
                "stages.arrest.unitCost=1,5"));
        a.add(attack("JSON with comments", text("{ // hello\n \"formatVersion\": 1 }"), 2, "", "compute", M));
        a.add(attack("JSON with trailing tokens", text("{ \"formatVersion\": 1 } }"), 2, "", "compute", M));
        a.add(attack("an object where text belongs", edit(m -> m.putObject("name")), 2, "must be text", "compute", M));
        a.add(attack("a newline in a scenario asked for", sample(), 2, "no scenario", "compute", M, "--scenario",
                "line one\nline two"));
        a.add(attack("a newline in the model's path", dir -> {
            Path p = dir.resolve("two\nlines.json");
            Files.copy(Samples.BARNET, p);
            Files.writeString(p, "{");
            return p;
        }, 2, "", "compute", M));
        a.add(attack("escape codes in --set", sample(), 2, "\\u001b", "compute", M, "--set",
                "stages.\u001b[2Jarrest.unitCost=5"));
        a.add(attack("--help", sample(), 0, "", "--help"));
        a.add(attack("compute --help", sample(), 0, "", "compute", "--help"));
        // ---- an outsider's own ----
        a.add(attack("a byte-order mark", dir -> {
            Path p = dir.resolve("bom.json");
            byte[] body = Files.readAllBytes(Samples.BARNET);
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            Files.write(p, concat(bom, body));
            return p;
        }, 0, "", "compute", M));
        a.add(attack("UTF-16", dir -> {
            Path p = dir.resolve("utf16.json");
            Files.write(p, Files.readString(Samples.BARNET).getBytes(StandardCharsets.UTF_16));
            return p;
        }, 0, "", "compute", M));
        a.add(attack("duplicate keys", text("{ \"formatVersion\": 1, \"formatVersion\": 1 }"), 2, "", "compute", M));
        a.add(attack("null", text("null"), 2, "", "compute", M));
        a.add(attack("an array", text("[]"), 2, "", "compute", M));
        a.add(attack("a bare number", text("0"), 2, "", "compute", M));
        a.add(attack("only spaces", text("   \n\t "), 2, "empty", "compute", M));
        a.add(attack("a NUL byte", text("{\u0000}"), 2, "", "compute", M));
        a.add(attack("a folder as the model", dir -> Files.createDirectory(dir.resolve("folder.json")), 2, "folder",
                "compute", M));
        a.add(attack("a symlink loop", dir -> {
            Path p = dir.resolve("loop.json");
            Files.createSymbolicLink(p, p);
            return p;
        }, 2, "", "compute", M));
        a.add(attack("a missing file", dir -> dir.resolve("nothing.json"), 2, "no such file", "compute", M));
        a.add(attack("100,000 nested arrays", text("[".repeat(100_000)), 2, "nested too deeply", "compute", M));
        a.add(attack("a 20 MB file", dir -> {
            Path p = dir.resolve("big.json");
            Files.write(p, new byte[20 * 1024 * 1024]);
            return p;
        }, 2, "MB", "compute", M));
        a.add(attack("1e309", edit(m -> ((ObjectNode) m.get("stages").get(0)).put("unitCost",
                new java.math.BigDecimal("1e309"))), 2, "", "compute", M));
        a.add(attack("the largest double as a cost", edit(m -> ((ObjectNode) m.get("stages").get(0))
                .put("unitCost", Double.MAX_VALUE)), 2, "unitCost", "compute", M));
        a.add(attack("formatVersion as text", edit(m -> m.put("formatVersion", "1")), 2, "whole number", "compute", M));
        a.add(attack("a lone surrogate in a name", edit(m -> m.put("name", "bad \uD800 name")), 0, "", "compute", M));
        a.add(attack("right-to-left override in a name", edit(m -> ((ObjectNode) m.get("agencies").get(0))
                .put("name", "Police\u202Eevil")), 0, "", "compute", M));
        a.add(attack("a CR and a formula in an agency (CSV)", edit(m -> ((ObjectNode) m.get("agencies").get(0))
                .put("name", "Police\r=1+1")), 0, "", "compute", M, "--format", "csv"));
        a.add(attack("--set NaN", sample(), 2, "", "compute", M, "--set", "stages.arrest.unitCost=NaN"));
        a.add(attack("--set Infinity", sample(), 2, "", "compute", M, "--set", "stages.arrest.unitCost=Infinity"));
        a.add(attack("--set 1e400", sample(), 2, "", "compute", M, "--set", "stages.arrest.unitCost=1e400"));
        a.add(attack("--set years 1e9", sample(), 2, "appraisal.years", "compute", M, "--set", "appraisal.years=1e9"));
        a.add(attack("--set without =", sample(), 2, "", "compute", M, "--set", "stages.arrest.unitCost"));
        a.add(attack("--set a 100,000-character address", sample(), 2, "", "compute", M, "--set",
                "x".repeat(100_000) + "=1"));
        a.add(attack("--format bogus", sample(), 2, "", "compute", M, "--format", "xml"));
        a.add(attack("an extra argument", sample(), 2, "", "compute", M, "extra"));
        a.add(attack("export over the model itself", dir -> {
            Path p = dir.resolve("model.xlsx");
            Files.copy(Samples.BARNET, p);
            return p;
        }, 2, "is the model file itself", "export", M, "model.xlsx"));
        a.add(attack("export over a read-only workbook", dir -> {
            Path out = dir.resolve("OUT.xlsx");
            Files.writeString(out, "keep me");
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
            return sample().write(dir);
        }, 2, "read-only", "export", M, "OUT.xlsx"));
        a.add(attack("a huge position", edit(m -> ((ObjectNode) m.get("stages").get(0)).putObject("position")
                .put("x", 1e300).put("y", 0)), 2, "stages[0].position.x", "compute", M));
        // ---- an outsider's own, round two (30 November 2026) ----
        String big = "1" + "0".repeat(308);
        a.add(attack("a model path in Unicode", named("résumé ✓ 模型.json"), 0, "", "compute", M));
        a.add(attack("a 300-character file name", dir -> dir.resolve("x".repeat(300) + ".json"), 2,
                "the name is too long to be a file's", "compute", M));
        a.add(attack("/dev/null as the model", dir -> Path.of("/dev/null"), 2, "/dev/null: is not an ordinary file",
                "compute", M));
        a.add(attack("an empty model path", sample(), 2, "no file name was given", "compute", ""));
        a.add(attack("the current folder as the model", sample(), 2, "is a folder", "compute", "."));
        a.add(attack("the model given twice", sample(), 2, "Unmatched argument", "compute", M, M));
        a.add(attack("a tilde the shell did not expand", sample(), 2, "there is no such file", "compute",
                "~/nowhere-journey.json"));
        a.add(attack("a file:// address as the model", sample(), 2, "there is no such file", "compute",
                "file:///nowhere/journey.json"));
        a.add(attack("a NUL in the model path", sample(), 2, "cannot be a file name (nul character not allowed)", "compute", "mod\u0000el.json"));
        a.add(attack("--set in scientific notation", sample(), 2, "is in scientific notation; write the figure out",
                "compute", M, "--set", "stages.arrest.unitCost=1e308"));
        a.add(attack("--set a 309-digit cost", sample(), 2, "£1 × 10^308 is far too large for a cost", "compute", M,
                "--set", "stages.arrest.unitCost=" + big));
        a.add(attack("--set a 309-digit cost, exported", sample(), 2, "far too large", "export", M, "OUT.xlsx",
                "--set", "stages.arrest.unitCost=" + big));
        a.add(attack("--set a 309-digit cost, simulated", sample(), 2, "far too large", "simulate", M,
                "--samples", "50", "--set", "stages.arrest.unitCost=" + big));
        a.add(attack("--set 10^200 cases", sample(), 2, "1 × 10^200 is far too many", "compute", M, "--set",
                "targetGroups.asb.cases=1" + "0".repeat(200)));
        a.add(attack("--set a cost of 10^-331", sample(), 0, "", "compute", M, "--set",
                "stages.arrest.unitCost=0." + "0".repeat(330) + "1"));
        a.add(attack("--set minus zero", sample(), 0, "", "compute", M, "--set", "stages.arrest.unitCost=-0"));
        a.add(attack("--set hexadecimal", sample(), 2, "is not a number", "compute", M, "--set",
                "stages.arrest.unitCost=0x10"));
        a.add(attack("--set Arabic-Indic digits", sample(), 2, "is not a number", "compute", M, "--set",
                "stages.arrest.unitCost=\u0661\u0662\u0663"));
        a.add(attack("--set an address with a Cyrillic o", sample(), 2, "is not an input address", "compute", M,
                "--set", "stages.arrest.unitC\u043Est=5"));
        a.add(attack("--set with spaces round =", sample(), 0, "", "compute", M, "--set",
                "stages.arrest.unitCost = 5"));
        a.add(attack("--set with no value after it", sample(), 2, "Missing required parameter for option '--set'",
                "compute", M, "--set"));
        a.add(attack("--set 20,000 times", sample(), 0, "", setMany(20_000)));
        a.add(attack("--scenario an emoji", sample(), 2, "no scenario called", "compute", M, "--scenario",
                "\uD83D\uDE42"));
        a.add(attack("--format empty", sample(), 2, "expected one of", "compute", M, "--format", ""));
        a.add(attack("a mistyped option", sample(), 2, "Unknown options: '--fromat'", "compute", M, "--fromat", "csv"));
        a.add(attack("a command in capitals", sample(), 2, "Unknown command 'COMPUTE'. Did you mean 'compute'?",
                "COMPUTE", M));
        a.add(attack("export to a Unicode name", sample(), 0, "", "export", M, "résumé ✓.xlsx"));
        a.add(attack("export to .XLSX in capitals", sample(), 0, "", "export", M, "OUT.XLSX"));
        a.add(attack("export to /dev/null", sample(), 2, "should end in .xlsx", "export", M, "/dev/null"));
        a.add(attack("export into a file as if a folder", sample(), 2,
                "could not be written: part of the path is a file, not a folder", "export", M, "model.json/OUT.xlsx"));
        a.add(attack("export over a folder", dir -> {
            Files.createDirectory(dir.resolve("folder.xlsx"));
            return sample().write(dir);
        }, 2, "folder.xlsx: could not be written: there is a folder of that name; choose another name", "export", M,
                "folder.xlsx"));
        a.add(attack("export through a link to the model", dir -> {
            Path model = sample().write(dir);
            Files.createSymbolicLink(dir.resolve("link.xlsx"), model);
            return model;
        }, 2, "is the model file itself", "export", M, "link.xlsx"));
        a.add(attack("a model name with % and format codes", edit(m -> m.put("name", "100% %n %s %d{}")), 0, "",
                "compute", M));
        a.add(attack("ids with dots, Unicode and emoji, --set on them", edit(m -> {
            ObjectNode stage = (ObjectNode) m.get("stages").get(0);
            String old = stage.get("id").asText();
            String id = "arr.est-\u00E9\uD83D\uDE42";
            stage.put("id", id);
            for (com.fasterxml.jackson.databind.JsonNode t : m.get("transitions")) {
                for (String end : new String[] {"from", "to"}) {
                    if (t.get(end).asText().equals(old)) {
                        ((ObjectNode) t).put(end, id);
                    }
                }
            }
            for (com.fasterxml.jackson.databind.JsonNode g : m.get("targetGroups")) {
                if (g.path("entryStage").asText().equals(old)) {
                    ((ObjectNode) g).put("entryStage", id);
                }
            }
        }), 2, "", "compute", M, "--set", "stages.arr.est-\u00E9\uD83D\uDE42.unitCost=5"));
        a.add(attack("a cycle", dir -> {
            Path p = dir.resolve("cycle.json");
            Files.copy(Path.of("src/test/resources/broken/cycle.json"), p);
            return p;
        }, 2, "circle", "compute", M));
        return a.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void answeredInOneLineAndNothingLost(Attack attack, @TempDir Path dir) throws Exception {
        Path model = attack.setup().write(dir);
        Map<Path, byte[]> before = snapshot(dir);
        String[] args = attack.args().clone();
        for (int k = 0; k < args.length; k++) {
            args[k] = args[k].equals(M) ? model.toString()
                    : args[k].toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && !args[k].startsWith("/") ? dir.resolve(args[k]).toString() : args[k];
        }
        CliTest.Run r = CliTest.run(args);
        assertEquals(attack.code(), r.code(), attack + ": " + r.err());
        String err = r.err().strip();
        if (attack.code() != Cli.OK) {
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertTrue(err.contains(attack.says()), err);
        } else {
            assertEquals("", err, "nothing on stderr when it works");
        }
        for (String java : new String[] {"Exception", "\tat ", "java.", "com.fasterxml", "org.journeyworkbench",
                "picocli", "JsonNode", "FAIL_ON", "ALLOW_", "\u001b"}) {
            assertFalse(err.contains(java), "no trace or Java in: " + err);
            assertFalse(r.out().contains("\u001b"), "no raw escape reaches the terminal");
        }
        assertFalse(r.out().contains("Infinity") || r.out().contains("NaN"), "numbers are numbers");
        for (Map.Entry<Path, byte[]> f : before.entrySet()) {
            assertTrue(Files.exists(f.getKey(), java.nio.file.LinkOption.NOFOLLOW_LINKS), "kept: " + f.getKey());
            if (f.getValue() != null) {
                assertArrayEquals(f.getValue(), Files.readAllBytes(f.getKey()), "unchanged: " + f.getKey());
            }
        }
        if (attack.name().contains("(CSV)")) {
            assertTrue(r.out().contains("\"Police\r'=1+1\""), r.out());
        }
    }

    /** Attacks on the jar's entry point itself, with no display: a separate Java, as a user starts it. */
    static Stream<Attack> withoutADisplay() {
        return Stream.of(
                attack("a mistyped command with no display", sample(), 2,
                        "Unknown command 'computee'. Did you mean 'compute'? See --help.", "computee", M),
                attack("a mistyped command alone with no display", sample(), 2, "Unknown command 'comptue'",
                        "comptue"),
                attack("a word that is no command, no display", sample(), 2, "Unknown command 'frobnicate'. See",
                        "frobnicate", M),
                attack("the window with no display", sample(), 2, "The window needs a display", M),
                attack("the window, no model, no display", sample(), 2, "The window needs a display"),
                attack("the window in workshop mode, no display", sample(), 2, "The window needs a display",
                        "--present", M),
                attack("a model file whose name begins with -", named("-m.json"), 2,
                        "'-m.json' reads as an option; to use the file of that name, write ./-m.json", "compute",
                        "-m.json"),
                attack("a model with a Unicode name, window, no display", named("résumé ✓.json"), 2,
                        "The window needs a display", M),
                attack("the window on a display that is not running", sample(), 2,
                        "The window could not open a display", "DISPLAY=:97", M));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutADisplay")
    void noDisplayGivesOneLineNotATrace(Attack attack, @TempDir Path dir) throws Exception {
        Path model = attack.setup().write(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.journeyworkbench.Main"));
        String display = null;
        for (String arg : attack.args()) {
            if (arg.startsWith("DISPLAY=")) {
                display = arg.substring("DISPLAY=".length());
            } else {
                command.add(arg.equals(M) ? model.toString() : arg);
            }
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "ends");
        assertEquals(attack.code(), p.exitValue(), err);
        assertEquals("", out);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.contains(attack.says()), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("javafx"), err);
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                boolean plain = Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                out.put(f, plain ? Files.readAllBytes(f) : null);
            }
        }
        return out;
    }

    private static Attack attack(String name, Setup setup, int code, String says, String... args) {
        return new Attack(name, setup, args, code, says);
    }

    private static Setup sample() {
        return dir -> {
            Path p = dir.resolve("model.json");
            if (!Files.exists(p)) {
                Files.copy(Samples.BARNET, p);
            }
            return p;
        };
    }

    /** The Barnet sample under another file name. */
    private static Setup named(String name) {
        return dir -> {
            Path p = dir.resolve(name);
            Files.copy(Samples.BARNET, p);
            return p;
        };
    }

    /** compute MODEL with n --set options (the last one wins). */
    private static String[] setMany(int n) {
        List<String> args = new ArrayList<>(List.of("compute", M));
        for (int k = 0; k < n; k++) {
            args.add("--set");
            args.add("stages.arrest.unitCost=" + (1000 + k));
        }
        return args.toArray(String[]::new);
    }

    private static Setup text(String json) {
        return dir -> Files.writeString(dir.resolve("model.json"), json);
    }

    private static Setup edit(java.util.function.Consumer<ObjectNode> change) {
        return dir -> {
            ObjectNode m = (ObjectNode) JSON.readTree(Samples.BARNET.toFile());
            change.accept(m);
            Path p = dir.resolve("model.json");
            JSON.writeValue(p.toFile(), m);
            return p;
        };
    }

    private static Setup formula(String f) {
        return edit(m -> ((ObjectNode) m.get("level1")).put("formula", f));
    }

    private static ObjectNode skeleton() {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "journey-workbench-model").put("formatVersion", 1).put("name", "generated");
        m.putArray("agencies").addObject().put("id", "a").put("name", "A");
        ObjectNode level1 = m.putObject("level1");
        level1.putArray("terms").addObject().put("name", "1A").put("measure", "avoidedJourneyCosts");
        level1.put("formula", "1A");
        return m;
    }

    /** n stages and n target groups, each entering its own stage. */
    private static Setup groupsAndStages(int n) {
        return dir -> {
            ObjectNode m = skeleton();
            ArrayNode stages = m.putArray("stages");
            ArrayNode groups = m.putArray("targetGroups");
            for (int k = 0; k < n; k++) {
                stages.addObject().put("id", "s" + k).put("name", "S" + k).put("agency", "a").put("unitCost", 10);
                groups.addObject().put("id", "g" + k).put("name", "G" + k).put("cases", 5).put("entryStage", "s" + k);
            }
            Path p = dir.resolve("model.json");
            JSON.writeValue(p.toFile(), m);
            return p;
        };
    }

    /** A chain of n stages, one group at its head. */
    private static Setup chain(int n) {
        return dir -> {
            ObjectNode m = skeleton();
            ArrayNode stages = m.putArray("stages");
            ArrayNode arrows = m.putArray("transitions");
            for (int k = 0; k < n; k++) {
                stages.addObject().put("id", "s" + k).put("name", "S" + k).put("agency", "a").put("unitCost", 10);
                if (k > 0) {
                    arrows.addObject().put("id", "t" + k).put("from", "s" + (k - 1)).put("to", "s" + k).put("rate", 0.99);
                }
            }
            m.putArray("targetGroups").addObject().put("id", "g").put("name", "G").put("cases", 100)
                    .put("entryStage", "s0");
            Path p = dir.resolve("model.json");
            JSON.writeValue(p.toFile(), m);
            return p;
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
