package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyworkbench.cli.CliTest.Run;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompareCommandTest {
    private static final String BARNET = Samples.BARNET.toString();
    private static final Path TAMESIDE_FILE = Samples.FOLDER.resolve("tameside-personalised-budgets-2011.json");
    private static final String TAMESIDE = TAMESIDE_FILE.toString();
    private static final double PENNY = 0.005;

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    private static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** The base case, then each scenario of the model in the file's order. */
    private static List<Scenario> options(JourneyModel model) {
        List<Scenario> all = new ArrayList<>();
        all.add(Scenario.base());
        all.addAll(model.scenarios());
        return all;
    }

    /** Each option's figures in the JSON are the engine's, computed one scenario at a time. */
    private static void assertMatchesTheEngine(JourneyModel model, JsonNode json) {
        List<Scenario> scenarios = options(model);
        JsonNode options = json.get("options");
        assertEquals(scenarios.size(), options.size(), json.toString());
        Result base = Engine.compute(model, Scenario.base());
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario s = scenarios.get(k);
            JsonNode o = options.get(k);
            String at = s.name();
            Result r = Engine.compute(model, s);
            AppraisalResult a = r.appraisal();
            assertEquals(s.name(), o.get("name").asText(), at);
            assertEquals(s.description(), o.get("description").asText(), at);
            assertEquals(k == 0, o.get("baseCase").asBoolean(), at);
            assertEquals(r.netSystemSaving(), o.get("year1NetSaving").asDouble(), PENNY, at);
            assertEquals(r.summary().total().year1Impact(), o.get("year1NetSaving").asDouble(), PENNY, at);
            assertEquals(a.npv(), o.get("npv").asDouble(), PENNY, at);
            if (a.bcr() == null) {
                assertTrue(o.get("bcr").isNull(), at);
            } else {
                assertEquals(a.bcr(), o.get("bcr").asDouble(), 1e-9, at);
            }
            if (a.paybackYear() == null) {
                assertTrue(o.get("paybackYear").isNull(), at);
            } else {
                assertTrue(o.get("paybackYear").isInt(), at);
                assertEquals(a.paybackYear().intValue(), o.get("paybackYear").asInt(), at);
            }
            if (a.valueForMoney() == null) {
                assertTrue(o.get("valueForMoney").isNull(), at);
            } else {
                assertEquals(a.valueForMoney(), o.get("valueForMoney").asText(), at);
            }
            assertEquals(o.get("npv").asDouble() - options.get(0).get("npv").asDouble(), o.get("deltaNpv").asDouble(),
                    1e-6, at);
            assertEquals(a.npv() - base.appraisal().npv(), o.get("deltaNpv").asDouble(), PENNY, at);
            assertEquals(r.netSystemSaving() - base.netSystemSaving(), o.get("deltaYear1NetSaving").asDouble(), PENNY,
                    at);
            JsonNode agencies = o.get("byAgency");
            assertEquals(model.agencies().size(), agencies.size(), at);
            for (int g = 0; g < agencies.size(); g++) {
                JsonNode agency = agencies.get(g);
                AppraisalResult.AgencyAppraisal expected = a.byAgency().get(g);
                assertEquals(expected.agencyId(), agency.get("agencyId").asText(), at);
                assertEquals(expected.agency(), agency.get("agency").asText(), at);
                assertEquals(expected.npv(), agency.get("npv").asDouble(), PENNY, at + " " + expected.agencyId());
                assertEquals(expected.npv() - base.appraisal().byAgency().get(g).npv(),
                        agency.get("deltaNpv").asDouble(), PENNY, at + " " + expected.agencyId());
                assertEquals(agency.get("npv").asDouble() - options.at("/0/byAgency/" + g + "/npv").asDouble(),
                        agency.get("deltaNpv").asDouble(), 1e-6, at);
            }
        }
    }

    @Test
    void jsonGivesEveryBarnetOptionAsTheEngineComputesIt() throws Exception {
        JourneyModel barnet = Samples.barnet();
        assertTrue(barnet.scenarios().size() >= 2, "the sample has scenarios to compare");
        JsonNode json = json(run("compare", BARNET, "--format", "json"));
        assertEquals(barnet.name(), json.get("model").asText());
        assertEquals("2012-13", json.get("priceBase").asText());
        assertEquals(5, json.get("years").asInt());
        assertMatchesTheEngine(barnet, json);
        JsonNode base = json.at("/options/0");
        assertEquals("Base case", base.get("name").asText());
        assertEquals(1_852_931.23, base.get("npv").asDouble(), PENNY);
        assertEquals(166_604.40, base.get("year1NetSaving").asDouble(), PENNY);
        assertEquals(0, base.get("deltaNpv").asDouble(), 0);
        assertEquals("Without Community Coaches", json.at("/options/1/name").asText());
        assertEquals("The four other initiatives only.", json.at("/options/1/description").asText());
        assertFalse(json.at("/options/1/baseCase").asBoolean());
        for (String field : List.of("name", "description", "baseCase", "year1NetSaving", "npv", "bcr", "paybackYear",
                "valueForMoney", "deltaYear1NetSaving", "deltaNpv", "byAgency")) {
            assertTrue(base.has(field), field);
        }
    }

    @Test
    void setChangesTheBaseCaseAndSoEveryOptionThatDoesNotOverrideIt() throws Exception {
        JourneyModel barnet = Samples.barnet();
        String address = "stages.arrest.unitCost";
        for (Scenario s : barnet.scenarios()) {
            assertFalse(s.overrides().containsKey(address), s.name() + " leaves the arrest's cost alone");
        }
        JsonNode before = json(run("compare", BARNET, "--format", "json"));
        JsonNode after = json(run("compare", BARNET, "--set", address + "=2500", "--format", "json"));
        JourneyModel dearer = Inputs.set(barnet, address, 2500);
        assertMatchesTheEngine(dearer, after);
        for (int k = 0; k < before.get("options").size(); k++) {
            double was = before.at("/options/" + k + "/npv").asDouble();
            double now = after.at("/options/" + k + "/npv").asDouble();
            assertTrue(now > was + 1, after.at("/options/" + k + "/name").asText() + ": " + was + " -> " + now);
        }
    }

    @Test
    void setLeavesAnOptionThatOverridesThatInputAlone() throws Exception {
        JourneyModel barnet = Samples.barnet();
        String address = "initiatives.njp.takeUp";
        int panels = 1 + barnet.scenarios().indexOf(barnet.scenarios().stream()
                .filter(s -> s.overrides().containsKey(address)).findFirst().orElseThrow());
        JsonNode before = json(run("compare", BARNET, "--format", "json"));
        JsonNode after = json(run("compare", BARNET, "--set", address + "=20%", "--format", "json"));
        assertMatchesTheEngine(Inputs.set(barnet, address, 0.2), after);
        assertEquals(before.at("/options/" + panels + "/npv").asDouble(),
                after.at("/options/" + panels + "/npv").asDouble(), 1e-6, "the scenario sets its own take-up");
        assertFalse(Math.abs(before.at("/options/0/npv").asDouble() - after.at("/options/0/npv").asDouble()) < 1,
                "the base case moved");
    }

    @Test
    void csvParsesBackWithOneRowAnOption() {
        JourneyModel barnet = Samples.barnet();
        Run r = run("compare", BARNET, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("name,year1NetSaving,npv,deltaNpv,bcr,paybackYear,valueForMoney,npv:police,npv:cps,"
                + "npv:probation,npv:court,npv:prison,npv:tbc", lines.get(0));
        List<Scenario> scenarios = options(barnet);
        assertEquals(1 + scenarios.size(), lines.size(), r.out());
        double baseNpv = Engine.compute(barnet).appraisal().npv();
        for (int k = 0; k < scenarios.size(); k++) {
            String[] f = lines.get(k + 1).split(",", -1);
            assertEquals(7 + barnet.agencies().size(), f.length, lines.get(k + 1));
            AppraisalResult a = Engine.compute(barnet, scenarios.get(k)).appraisal();
            assertEquals(scenarios.get(k).name(), f[0]);
            assertEquals(Engine.compute(barnet, scenarios.get(k)).netSystemSaving(), Double.parseDouble(f[1]), PENNY);
            assertEquals(a.npv(), Double.parseDouble(f[2]), PENNY);
            assertEquals(a.npv() - baseNpv, Double.parseDouble(f[3]), PENNY);
            assertTrue(f[2].matches("-?\\d+\\.\\d\\d"), f[2]);
            assertEquals(a.bcr() == null ? "" : String.valueOf(a.bcr()), f[4].isEmpty() ? "" : String.valueOf(
                    Double.parseDouble(f[4])));
            assertEquals(a.paybackYear() == null ? "" : String.valueOf(a.paybackYear()), f[5]);
            assertEquals(a.valueForMoney() == null ? "" : a.valueForMoney(), f[6]);
            for (int g = 0; g < barnet.agencies().size(); g++) {
                assertEquals(a.byAgency().get(g).npv(), Double.parseDouble(f[7 + g]), PENNY);
            }
        }
        assertEquals("Base case,166604.40,1852931.23,0.00,1.6260622004958427,0,Medium,1166528.72,590022.98,"
                + "-1861848.02,906275.30,1643933.19,-591980.94", lines.get(1));
        // Without Community Coaches does not pay back within the period: its payback year is empty.
        assertTrue(lines.get(2).matches("Without Community Coaches,-215955\\.60,-?\\d+\\.\\d\\d,-\\d+\\.\\d\\d,"
                + "0\\.\\d+,,Poor,.*"), lines.get(2));
        assertTrue(r.out().endsWith("\n"));
    }

    @Test
    void tableShowsEveryOptionSideBySideAndWhatEachScenarioIs() {
        JourneyModel barnet = Samples.barnet();
        Run r = run("compare", BARNET);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith(barnet.name() + "\nPrice base: 2012-13\n"
                + "Appraisal period: 5 years (2013-14 to 2017-18)\nDiscount rate: 3.5% a year\n"), out);
        assertTrue(out.contains("Base case"), out);
        for (Scenario s : barnet.scenarios()) {
            assertTrue(out.contains("\n" + s.name()), s.name() + " in full:\n" + out);
        }
        assertTrue(out.contains("\nWithout Community Coaches: The four other initiatives only.\n"), out);
        List<String> lines = out.lines().toList();
        String npv = line(lines, "NPV ");
        assertTrue(npv.contains("£1,852,931"), npv);
        assertTrue(npv.contains(Money.format(Engine.compute(barnet, barnet.scenarios().get(0)).appraisal().npv())),
                npv);
        assertTrue(line(lines, "Year 1 net saving").contains("£166,604"), out);
        assertTrue(line(lines, "Change in NPV from base case").strip().matches(
                "Change in NPV from base case\\s+£0\\s+\\(£[\\d,]+\\)\\s+\\(£[\\d,]+\\)"), out);
        AppraisalResult base = Engine.compute(barnet).appraisal();
        assertTrue(line(lines, "BCR").contains(String.format(Locale.ROOT, "%.2f", base.bcr())), out);
        assertTrue(line(lines, "Discounted payback year").contains("year 0 (2013-14)"), out);
        assertTrue(line(lines, "Discounted payback year").contains(" none"), "Without Community Coaches: " + out);
        assertTrue(line(lines, "Value for money").contains(base.valueForMoney()), out);
        assertTrue(out.contains("\nNPV by agency\n  Police "), out);
        assertTrue(out.contains("\nChange in NPV by agency\n  Police "), out);
        assertTrue(out.contains("  Probation                       (£1,861,848)"), out);
        // Figures line up under their headings.
        int width = npv.length();
        assertEquals(width, line(lines, "Year 1 net saving").length(), out);
        assertEquals(width, line(lines, "Value for money").length(), out);
        assertTrue(lines.stream().mapToInt(String::length).max().orElse(0) <= 160, out);
    }

    @Test
    void theDocsShowTheRealTable() throws Exception {
        Run r = run("compare", BARNET);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(Path.of("docs/cli.md")).contains("```\n" + r.out() + "```\n"),
                "docs/cli.md shows compare's table for the Barnet sample as it is printed:\n" + r.out());
        String firstRows = r.out().substring(r.out().indexOf("\n\n") + 2, r.out().indexOf("\n\nNPV by agency") + 1);
        assertTrue(Files.readString(Path.of("README.md")).contains(firstRows), "README.md:\n" + firstRows);
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
                "no line starting " + start + ":\n" + String.join("\n", lines)));
    }

    @Test
    void tamesideWorksToo() throws Exception {
        JourneyModel tameside = ModelFiles.read(TAMESIDE_FILE);
        JsonNode json = json(run("compare", TAMESIDE, "--format", "json"));
        assertEquals("2012-13", json.get("priceBase").asText());
        assertMatchesTheEngine(tameside, json);
        assertEquals("home-office", json.at("/options/0/byAgency/5/agencyId").asText());

        Run table = run("compare", TAMESIDE);
        assertEquals(0, table.code(), table.err());
        for (Scenario s : options(tameside)) {
            assertTrue(table.out().contains(s.name()), s.name() + ":\n" + table.out());
        }
        assertTrue(table.out().contains("\n  Home Office "), table.out());
        Run csv = run("compare", TAMESIDE, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(1 + options(tameside).size(), csv.out().lines().count(), csv.out());
        assertTrue(csv.out().startsWith("name,year1NetSaving,npv,deltaNpv,bcr,paybackYear,valueForMoney,npv:police,"),
                csv.out());
        assertTrue(csv.out().lines().findFirst().orElseThrow().endsWith(",npv:home-office"), csv.out());
    }

    @Test
    void noPaybackAndNoBcrAreNullInJsonEmptyInCsvAndNoneInTheTable() throws Exception {
        JourneyModel tameside = Inputs.set(ModelFiles.read(TAMESIDE_FILE), "appraisal.years", 2);
        JsonNode json = json(run("compare", TAMESIDE, "--set", "appraisal.years=2", "--format", "json"));
        assertEquals(2, json.get("years").asInt());
        assertMatchesTheEngine(tameside, json);
        assertTrue(json.at("/options/0/paybackYear").isNull(), json.toString());
        Run csv = run("compare", TAMESIDE, "--set", "appraisal.years=2", "--format", "csv");
        assertTrue(csv.out().lines().skip(1).findFirst().orElseThrow().contains(",,"), csv.out());
        Run table = run("compare", TAMESIDE, "--set", "appraisal.years=2");
        assertTrue(table.out().contains("Appraisal period: 2 years (2011-12 to 2012-13)\n"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("Discounted payback year\\s+none\\b.*")), table.out());

        // With every cost set to nothing there is no BCR and so no value for money.
        List<String> args = new ArrayList<>(List.of("compare", BARNET, "--format", "json"));
        for (String set : List.of("initiatives.njp.setUpCosts.facilitators.quantity=0",
                "initiatives.coaches.setUpCosts.coaches.quantity=0",
                "initiatives.conditional-cautions.setUpCosts.training.quantity=0",
                "initiatives.iac.setUpCosts.sentencing-options.quantity=0",
                "initiatives.personalisation.runningCosts.budgets.quantity=0",
                "initiatives.personalisation.runningCosts.officers.quantity=0",
                "initiatives.personalisation.setUpCosts.budgets-setup.quantity=0",
                "stages.conditional-caution.unitCost=0", "stages.intensive-order.unitCost=0")) {
            args.addAll(List.of("--set", set));
        }
        JsonNode free = json(run(args.toArray(String[]::new)));
        for (JsonNode o : free.get("options")) {
            assertTrue(o.has("bcr") && o.get("bcr").isNull(), o.toString());
            assertTrue(o.has("valueForMoney") && o.get("valueForMoney").isNull(), o.toString());
        }
        args.set(3, "table");
        Run noCosts = run(args.toArray(String[]::new));
        assertTrue(noCosts.out().lines().anyMatch(l -> l.matches("BCR\\s+none\\s+none\\s+none")), noCosts.out());
        assertTrue(noCosts.out().lines().anyMatch(l -> l.matches("Value for money\\s+none\\s+none\\s+none")),
                noCosts.out());
    }

    @Test
    void manyOptionsWithLongNamesStayReadable(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode model = (ObjectNode) mapper.readTree(Samples.BARNET.toFile());
        ArrayNode scenarios = mapper.createArrayNode();
        List<String> names = List.of("Panels at 10%", "A very long scenario name that goes on and on about what it "
                + "does to the panels and the coaches", "Supercalifragilisticexpialidocious-initiative-without-spaces",
                "=panels, with \"quotes\"", "Panels at 50%", "Panels at 60%", "Panels at 70%", "Panels at 80%",
                "Panels at 90%");
        for (int k = 0; k < names.size(); k++) {
            ObjectNode s = scenarios.addObject().put("name", names.get(k));
            s.putObject("overrides").put("initiatives.njp.takeUp", 0.1 * (k + 1));
        }
        model.set("scenarios", scenarios);
        Path file = dir.resolve("many.json");
        mapper.writeValue(file.toFile(), model);

        Run r = run("compare", file.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int longest = out.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(longest <= 160, "longest line " + longest + ":\n" + out);
        assertTrue(out.lines().filter(l -> l.startsWith("NPV ")).count() >= 2, "the options wrap into blocks:\n" + out);
        for (String name : names) {
            assertTrue(out.contains("\n" + name + "\n"), "every name in full under the table: " + name + "\n" + out);
        }
        // Each block's headings, figures and agencies line up.
        List<String> lines = out.lines().toList();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith("Year 1 net saving")) {
                assertEquals(lines.get(k).length(), lines.get(k - 1).length(), "heading above figures:\n" + out);
                assertEquals(lines.get(k).length(), lines.get(k + 1).length(), out);
            }
        }

        Run csv = run("compare", file.toString(), "--format", "csv");
        List<String> rows = csv.out().lines().toList();
        assertEquals(1 + 1 + names.size(), rows.size(), csv.out());
        assertTrue(rows.get(5).startsWith("\"'=panels, with \"\"quotes\"\"\",1"), "quoted and defused: " + csv.out());
    }

    @Test
    void aModelWithoutScenariosHasTheBaseCaseAlone(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode model = (ObjectNode) mapper.readTree(Samples.BARNET.toFile());
        model.set("scenarios", mapper.createArrayNode());
        Path file = dir.resolve("alone.json");
        mapper.writeValue(file.toFile(), model);
        JsonNode json = json(run("compare", file.toString(), "--format", "json"));
        assertEquals(1, json.get("options").size());
        assertTrue(json.at("/options/0/baseCase").asBoolean());
        Run table = run("compare", file.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().endsWith("  TBC                                       £0\n"), table.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --set stages.arrest.unitCost=lots        | --set stages.arrest.unitCost: "lots" is not a number
            --set stages.arrest.unitCost=-4          | stages.arrest.unitCost: a cost cannot be negative
            --set stages.gaol.unitCost=4             | stages.gaol.unitCost: there is no stage with id "gaol"
            --set nonsense=4                         | nonsense: is not an input address
            --set arrest                             | --set arrest: write it as ADDRESS=VALUE
            --set appraisal.years=0                  | appraisal.years: the appraisal period must be between 1 and 500 years
            --set appraisal.years=2.5                | appraisal.years:
            --set targetGroups.asb.rates.callout-arrest=150% | targetGroups.asb.rates.callout-arrest: a rate must be between 0% and 100%
            --set initiatives.coaches.enabled=0.5    | initiatives.coaches.enabled: must be 1 (on) or 0 (off)
            --scenario Nope                          | compare: Unknown options: '--scenario', 'Nope'
            --format pdf                             | compare: Invalid value for option '--format'
            """)
    void badArgumentsExitWithTwoAndOneLineNamingThem(String args, String message) {
        for (String format : List.of("table", "csv", "json")) {
            List<String> all = new ArrayList<>(List.of("compare", BARNET));
            all.addAll(List.of(args.split(" ")));
            if (!args.startsWith("--format")) {
                all.addAll(List.of("--format", format));
            }
            Run r = run(all.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith(message), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void aBrokenOrMissingModelFileIsNamed() {
        Run missing = run("compare", "no-such.json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("no-such.json: there is no such file"), missing.err());
        Run broken = run("compare", "src/test/resources/broken/cycle.json");
        assertEquals(2, broken.code());
        assertTrue(broken.err().startsWith("cycle.json: "), broken.err());
        Run none = run("compare");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("compare: Missing required parameter: 'MODEL.json'"), none.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare --help", "help compare"})
    void helpForCompare(String args) {
        Run r = run(args.split(" "));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: journey-workbench compare"), r.out());
        assertTrue(r.out().contains("--set=ADDRESS=VALUE"), r.out());
        assertTrue(r.out().contains("appraisal.discountRates.0.rate=1.5%"), r.out());
        assertEquals("", r.err(), "no picocli warnings");
    }

    @Test
    void compareIsACommandNotAModelFile() {
        assertTrue(Cli.isCommandLine(new String[] {"compare", BARNET}));
        Run root = run("--help");
        assertTrue(root.out().contains("compare"), root.out());
    }

    @Test
    void wrappingBreaksAtSpacesThenHyphens() {
        assertEquals(List.of("Without", "Community", "Coaches"), OptionsText.wrap("Without Community Coaches", 12));
        assertEquals(List.of("Without Community", "Coaches"), OptionsText.wrap("Without Community Coaches", 17));
        assertEquals(List.of("take-", "up"), OptionsText.wrap("take-up", 6));
        assertEquals(List.of("abcdef", "gh"), OptionsText.wrap("abcdefgh", 6));
        assertEquals(List.of("Without Community", "Coaches"), OptionsText.heading("Without Community Coaches", 16));
        List<String> cut = OptionsText.heading("one two three four five six seven eight nine ten eleven twelve "
                + "thirteen fourteen fifteen", 12);
        assertEquals(OptionsText.MAX_NAME_LINES, cut.size(), cut.toString());
        assertTrue(cut.get(cut.size() - 1).endsWith("…"), cut.toString());
    }
}
