package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyworkbench.cli.CliTest.Run;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppraiseCommandTest {
    private static final String BARNET = Samples.BARNET.toString();
    private static final String TAMESIDE = Samples.FOLDER.resolve("tameside-personalised-budgets-2011.json").toString();
    private static final double PENNY = 0.005;
    /** Every cost of the Barnet sample set to nothing: the set-up and running cost lines and the alternative routes. */
    private static final String[] NO_COSTS = {
        "--set", "initiatives.njp.setUpCosts.facilitators.quantity=0",
        "--set", "initiatives.coaches.setUpCosts.coaches.quantity=0",
        "--set", "initiatives.conditional-cautions.setUpCosts.training.quantity=0",
        "--set", "initiatives.iac.setUpCosts.sentencing-options.quantity=0",
        "--set", "initiatives.personalisation.runningCosts.budgets.quantity=0",
        "--set", "initiatives.personalisation.runningCosts.officers.quantity=0",
        "--set", "initiatives.personalisation.setUpCosts.budgets-setup.quantity=0",
        "--set", "stages.conditional-caution.unitCost=0",
        "--set", "stages.intensive-order.unitCost=0"};

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static AppraisalResult barnetAppraisal() {
        return Engine.compute(Samples.barnet()).appraisal();
    }

    private static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void tableShowsTheYearsTheNpvAndThePayback() {
        Run r = run("appraise", BARNET);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith("Barnet Safer Communities"), out);
        assertTrue(out.contains("Scenario: Base case\n"), out);
        assertTrue(out.contains("Price base: 2012-13\n"), out);
        assertTrue(out.contains("First year: 2013-14 (year 0)\n"), out);
        assertTrue(out.contains("Appraisal period: 5 years (2013-14 to 2017-18)\n"), out);
        assertTrue(out.contains("Discount rate: 3.5% a year\n"), out);
        assertTrue(out.contains("2013-14     2014-15     2015-16     2016-17     2017-18\n"), out);
        assertTrue(out.contains("Net                £166,604    £459,104"), out);
        assertTrue(out.contains("Discount factor      1.0000      0.9662      0.9335"), out);
        assertTrue(out.contains("Cumulative PV      £166,604    £610,184  £1,038,762  £1,452,848  £1,852,931\n"),
                out);
        assertTrue(out.contains("\nNPV                        £1,852,931\n"), out);
        AppraisalResult a = barnetAppraisal();
        assertTrue(out.contains("\nBCR                        " + String.format(Locale.ROOT, "%.2f", a.bcr()) + "\n"),
                out);
        assertTrue(out.contains("\nDiscounted payback year    year 0 (2013-14)\n"), out);
        assertTrue(out.contains("\nValue for money            " + a.valueForMoney() + "\n"), out);
        assertTrue(out.contains("NPV by agency      PV benefits        PV costs             NPV\n"), out);
        assertTrue(out.contains("Probation                   £0      £1,861,848    (£1,861,848)\n"), out);
        assertTrue(out.contains("Total               £4,812,591      £2,959,660      £1,852,931\n"), out);
        assertFalse(out.contains("Warning"), out);
    }

    @Test
    void jsonCarriesTheContractsFieldsUnrounded() throws Exception {
        JsonNode json = json(run("appraise", BARNET, "--format", "json"));
        AppraisalResult a = barnetAppraisal();
        assertEquals(Samples.barnet().name(), json.get("model").asText());
        assertEquals("Base case", json.get("scenario").asText());
        assertTrue(json.get("warnings").isArray());
        JsonNode ap = json.get("appraisal");
        assertEquals("2012-13", ap.get("priceBase").asText());
        assertEquals("2013-14", ap.get("firstYear").asText());
        assertEquals(1_852_931.23, ap.get("npv").asDouble(), PENNY);
        assertEquals(a.npv(), ap.get("npv").asDouble(), 1e-9);
        assertEquals(a.pvBenefits(), ap.get("pvBenefits").asDouble(), 1e-9);
        assertEquals(a.pvCosts(), ap.get("pvCosts").asDouble(), 1e-9);
        assertTrue(ap.get("bcr").isNumber(), ap.toString());
        assertEquals(a.bcr(), ap.get("bcr").asDouble(), 1e-12);
        assertEquals(a.pvBenefits() / a.pvCosts(), ap.get("bcr").asDouble(), 1e-9);
        assertTrue(ap.get("paybackYear").isInt(), ap.toString());
        assertEquals(0, ap.get("paybackYear").asInt());
        assertEquals(a.valueForMoney(), ap.get("valueForMoney").asText());
        JsonNode years = ap.get("years");
        assertEquals(5, years.size());
        for (int t = 0; t < years.size(); t++) {
            JsonNode y = years.get(t);
            for (String field : List.of("year", "label", "benefits", "costs", "net", "discountFactor",
                    "presentValue", "cumulativePresentValue")) {
                assertTrue(y.has(field), "years[" + t + "]." + field);
            }
            assertEquals(t, y.get("year").asInt());
            assertEquals(a.years().get(t).discountFactor(), y.get("discountFactor").asDouble(), 0);
        }
        assertEquals(166_604.40, years.at("/0/net").asDouble(), PENNY);
        assertEquals("2013-14", years.at("/0/label").asText());
        assertEquals(1.0 / 1.035, years.at("/1/discountFactor").asDouble(), 1e-12);
        assertEquals(1_852_931.23, years.at("/4/cumulativePresentValue").asDouble(), PENNY);
        JsonNode agencies = ap.get("byAgency");
        assertEquals(6, agencies.size());
        assertEquals("police", agencies.at("/0/agencyId").asText());
        assertEquals("Police", agencies.at("/0/agency").asText());
        double sum = 0;
        for (JsonNode g : agencies) {
            assertEquals(g.get("pvBenefits").asDouble() - g.get("pvCosts").asDouble(), g.get("npv").asDouble(), 1e-6);
            sum += g.get("npv").asDouble();
        }
        assertEquals(a.npv(), sum, 1e-6);
    }

    @Test
    void withNoCostsThereIsNoBcrAndNoValueForMoney() throws Exception {
        JsonNode ap = json(run(with(new String[] {"appraise", BARNET, "--format", "json"}, NO_COSTS)))
                .get("appraisal");
        assertEquals(0, ap.get("pvCosts").asDouble(), 1e-9);
        assertTrue(ap.has("bcr") && ap.get("bcr").isNull(), ap.toString());
        assertTrue(ap.has("valueForMoney") && ap.get("valueForMoney").isNull(), ap.toString());
        assertEquals(ap.get("pvBenefits").asDouble(), ap.get("npv").asDouble(), 1e-6);

        Run table = run(with(new String[] {"appraise", BARNET}, NO_COSTS));
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("\nBCR                        none\n"), table.out());
        assertTrue(table.out().contains("\nValue for money            none (no costs)\n"), table.out());

        Run csv = run(with(new String[] {"appraise", BARNET, "--format", "csv"}, NO_COSTS));
        assertTrue(csv.out().contains("\nbcr,\n"), csv.out());
        assertTrue(csv.out().contains("\nvalueForMoney,\n"), csv.out());

        Run compute = run(with(new String[] {"compute", BARNET}, NO_COSTS));
        assertTrue(compute.out().lines().anyMatch(l -> l.strip().startsWith("BCR") && l.endsWith(" none")),
                compute.out());
    }

    @Test
    void anInitiativeThatNeverPaysBackHasNoPaybackYear() throws Exception {
        JourneyModel tameside = org.journeyworkbench.io.ModelFiles.read(Path.of(TAMESIDE));
        AppraisalResult expected = Engine.compute(Inputs.set(tameside, "appraisal.years", 2)).appraisal();
        assertNull(expected.paybackYear(), "the engine sees no payback within two years");

        JsonNode ap = json(run("appraise", TAMESIDE, "--set", "appraisal.years=2", "--format", "json"))
                .get("appraisal");
        assertTrue(ap.has("paybackYear") && ap.get("paybackYear").isNull(), ap.toString());
        assertEquals(expected.npv(), ap.get("npv").asDouble(), 1e-9);

        Run table = run("appraise", TAMESIDE, "--set", "appraisal.years=2");
        assertTrue(table.out().contains("\nDiscounted payback year    none within the period\n"), table.out());
        Run csv = run("appraise", TAMESIDE, "--set", "appraisal.years=2", "--format", "csv");
        assertTrue(csv.out().contains("\npaybackYear,\n"), csv.out());

        Run full = run("appraise", TAMESIDE);
        assertTrue(full.out().contains("\nDiscounted payback year    year " + Engine.compute(tameside).appraisal()
                .paybackYear() + " ("), full.out());
    }

    @Test
    void aScenarioByName() throws Exception {
        String name = "Without Community Coaches";
        JourneyModel barnet = Samples.barnet();
        Scenario scenario = barnet.scenario(name).orElseThrow();
        AppraisalResult expected = Engine.compute(barnet, scenario).appraisal();
        JsonNode json = json(run("appraise", BARNET, "--scenario", name, "--format", "json"));
        assertEquals(name, json.get("scenario").asText());
        assertEquals(expected.npv(), json.at("/appraisal/npv").asDouble(), 1e-9);
        assertFalse(Math.abs(expected.npv() - barnetAppraisal().npv()) < 1, "the scenario changes the NPV");

        Run table = run("appraise", BARNET, "--scenario", name);
        assertTrue(table.out().contains("Scenario: " + name + "\n"), table.out());
        assertTrue(table.out().contains("\nNPV                        " + org.journeyworkbench.model.Money.format(
                expected.npv()) + "\n"), table.out());
    }

    @Test
    void csvParsesBackToTheEnginesFigures() {
        Run r = run("appraise", BARNET, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        AppraisalResult a = barnetAppraisal();
        String[] blocks = r.out().split("\n\n", -1);
        assertEquals(3, blocks.length, r.out());

        List<String> years = blocks[0].lines().toList();
        assertEquals("year,label,benefits,costs,net,discountFactor,presentValue,cumulativePresentValue", years.get(0));
        assertEquals(6, years.size(), blocks[0]);
        assertEquals("0,2013-14,1029854.40,863250.00,166604.40,1.0,166604.40,166604.40", years.get(1));
        double sumPv = 0;
        for (int t = 0; t < 5; t++) {
            String[] f = years.get(t + 1).split(",");
            assertEquals(8, f.length, years.get(t + 1));
            AppraisalResult.AppraisalYear y = a.years().get(t);
            assertEquals(t, Integer.parseInt(f[0]));
            assertEquals(y.label(), f[1]);
            assertEquals(y.benefits(), Double.parseDouble(f[2]), PENNY);
            assertEquals(y.costs(), Double.parseDouble(f[3]), PENNY);
            assertEquals(y.net(), Double.parseDouble(f[4]), PENNY);
            assertEquals(y.discountFactor(), Double.parseDouble(f[5]), 0, "unrounded");
            assertEquals(y.presentValue(), Double.parseDouble(f[6]), PENNY);
            assertEquals(y.cumulativePresentValue(), Double.parseDouble(f[7]), PENNY);
            assertTrue(f[2].matches("-?\\d+\\.\\d\\d"), f[2]);
            sumPv += Double.parseDouble(f[6]);
        }
        assertEquals(a.npv(), sumPv, 5 * PENNY);

        List<String> summary = blocks[1].lines().toList();
        assertEquals(List.of("measure,value", "pvBenefits,4812591.18", "pvCosts,2959659.96", "npv,1852931.23",
                "bcr," + a.bcr(), "paybackYear,0", "valueForMoney," + a.valueForMoney()), summary);

        List<String> agencies = blocks[2].lines().toList();
        assertEquals("agencyId,agency,pvBenefits,pvCosts,npv", agencies.get(0));
        assertEquals(7, agencies.size(), blocks[2]);
        assertEquals("probation,Probation,0.00,1861848.02,-1861848.02", agencies.get(3));
        assertTrue(r.out().endsWith("\n"));
    }

    @Test
    void csvTextIsQuotedAndDefused() {
        assertEquals("Police", SummaryText.csvText("Police"));
        assertEquals("\"Police, Kent\"", SummaryText.csvText("Police, Kent"));
        assertEquals("\"say \"\"hi\"\"\"", SummaryText.csvText("say \"hi\""));
        assertEquals("\"a\rb\"", SummaryText.csvText("a\rb"));
        assertEquals("\"a\nb\"", SummaryText.csvText("a\nb"));
        assertEquals("'=SUM(A1)", SummaryText.csvText("=SUM(A1)"));
        assertEquals("'+1", SummaryText.csvText("+1"));
        assertEquals("\"Police\r'=1+1\"", SummaryText.csvText("Police\r=1+1"));
        assertEquals("\"Police\n'@SUM(A1)\"", SummaryText.csvText("Police\n@SUM(A1)"));
        assertEquals("\"Police,'-1+1\"", SummaryText.csvText("Police,-1+1"));
        assertEquals("\"\"\"'=1\"", SummaryText.csvText("\"=1"));
        assertEquals("'\tx", SummaryText.csvText("\tx"));
        assertEquals("a=b", SummaryText.csvText("a=b"), "an = inside a word is harmless");
        assertEquals("'-1", SummaryText.csvText("-1"));
        assertEquals("'@x", SummaryText.csvText("@x"));
        assertEquals("\"'=1,2\"", SummaryText.csvText("=1,2"));
    }

    @Test
    void aFortyYearTableWrapsIntoBlocksOfReadableWidth() {
        Run r = run("appraise", BARNET, "--set", "appraisal.years=40");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int longest = out.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(longest <= 160, "longest line " + longest + ":\n" + out);
        assertTrue(out.contains("Appraisal period: 40 years (2013-14 to 2052-53)\n"), out);
        assertTrue(out.contains("Discount rates: 3.5% to year 30, 3% from year 31\n"), out);
        assertEquals(5, out.lines().filter(l -> l.startsWith("Benefits")).count(), "five blocks of eight years");
        assertTrue(out.contains("2052-53"), out);
        AppraisalResult a = Engine.compute(Inputs.set(Samples.barnet(), "appraisal.years", 40)).appraisal();
        assertTrue(out.contains("\nNPV                        " + org.journeyworkbench.model.Money.format(a.npv())
                + "\n"), out);
        // The last block's header and rows line up.
        List<String> lines = out.lines().toList();
        int last = lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("Cumulative PV")).reduce((x, y) -> y)
                .orElseThrow());
        assertEquals(lines.get(last).length(), lines.get(last - 6).length(), out);
    }

    @Test
    void aModelWithoutYearLabelsNumbersItsYears(@TempDir Path dir) throws Exception {
        String text = Files.readString(Samples.BARNET).replace("\"firstYear\" : \"2013-14\"", "\"firstYear\" : \"\"")
                .replace("\"priceBase\" : \"2012-13\"", "\"priceBase\" : \"\"");
        Path file = dir.resolve("unlabelled.json");
        Files.writeString(file, text);
        Run r = run("appraise", file.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("Price base"), r.out());
        assertFalse(r.out().contains("First year"), r.out());
        assertTrue(r.out().contains("Appraisal period: 5 years (Year 0 to Year 4)\n"), r.out());
        assertTrue(r.out().contains("Year 0      Year 1"), r.out());
        assertTrue(r.out().contains("\nDiscounted payback year    year 0\n"), r.out());
        JsonNode ap = json(run("appraise", file.toString(), "--format", "json")).get("appraisal");
        assertTrue(ap.get("priceBase").isNull(), ap.toString());
        assertTrue(ap.get("firstYear").isNull(), ap.toString());
        assertEquals("Year 0", ap.at("/years/0/label").asText());
    }

    @ParameterizedTest(name = "--set {0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            appraisal.years                         | 10    | 10
            appraisal.discountRates.0.rate          | 1.5%  | 0.015
            initiatives.coaches.profile.takeUp.0    | 50%   | 0.5
            initiatives.coaches.deadweight          | 10%   | 0.1
            """)
    void appraisalInputsCanBeSet(String address, String typed, double value) throws Exception {
        JsonNode ap = json(run("appraise", BARNET, "--set", address + "=" + typed, "--format", "json"))
                .get("appraisal");
        AppraisalResult expected = Engine.compute(Inputs.set(Samples.barnet(), address, value)).appraisal();
        assertEquals(expected.npv(), ap.get("npv").asDouble(), 1e-6);
        assertEquals(expected.years().size(), ap.get("years").size());
        assertFalse(Math.abs(expected.npv() - barnetAppraisal().npv()) < 1, "the NPV moved");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --set appraisal.years=0                  | appraisal.years: the appraisal period must be between 1 and 500 years
            --set appraisal.years=2.5                | appraisal.years: must be a whole number
            --set appraisal.years=501                | appraisal.years: the appraisal period must be between 1 and 500 years
            --set appraisal.years=many               | --set appraisal.years: "many" is not a number
            --set appraisal.discountRates.0.rate=80% | appraisal.discountRates.0.rate: must be between 0% and 50%
            --set appraisal.discountRates.9.rate=1%  | appraisal.discountRates.9.rate: there is no discount rate band 9
            --set initiatives.coaches.deadweight=150% | initiatives.coaches.deadweight: must be between 0% and 100%
            --set initiatives.coaches.profile.takeUp.0=-5% | initiatives.coaches.profile.takeUp.0: must be between 0%
            --set initiatives.nobody.deadweight=10%  | initiatives.nobody.deadweight: there is no initiative with id "nobody"
            --scenario Nope                          | --scenario: the model has no scenario called "Nope"
            --format pdf                             | appraise: Invalid value for option '--format'
            """)
    void badValuesExitWithTwoAndOneLineNamingTheAddress(String args, String message) {
        for (String format : List.of("table", "csv", "json")) {
            List<String> all = new ArrayList<>(List.of("appraise", BARNET));
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
        Run missing = run("appraise", "no-such.json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("no-such.json: there is no such file"), missing.err());
        Run none = run("appraise");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("appraise: Missing required parameter: 'MODEL.json'"), none.err());
    }

    @ParameterizedTest
    @CsvSource({"appraise --help", "help appraise"})
    void helpForAppraise(String args) {
        Run r = run(args.split(" "));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: journey-workbench appraise"), r.out());
        assertEquals("", r.err(), "no picocli warnings");
    }

    @Test
    void appraiseIsACommandNotAModelFile() {
        assertTrue(Cli.isCommandLine(new String[] {"appraise", BARNET}));
        Run root = run("--help");
        assertTrue(root.out().contains("appraise"), root.out());
    }

    @Test
    void computeCsvKeepsItsShape() {
        Run r = run("compute", BARNET, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(8, lines.size(), r.out());
        assertEquals("Agency,Annual saving,Annual cost,Annual impact,Set up costs,Year 1 impact", lines.get(0));
        assertEquals("Total,1029854.40,-570750.00,459104.40,-292500.00,166604.40", lines.get(7));
        assertFalse(r.out().contains("NPV") || r.out().contains("npv"), r.out());
    }

    @Test
    void computeTableAddsTheNpvAndBcrAfterTheNetSystemSaving() {
        Run r = run("compute", BARNET);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int net = lines.indexOf(lines.stream().filter(l -> l.contains("Net system saving")).findFirst()
                .orElseThrow());
        assertTrue(lines.get(net + 1).matches("\\s+NPV over 5 years \\(3\\.5%\\)\\s+£1,852,931"), lines.get(net + 1));
        AppraisalResult a = barnetAppraisal();
        assertTrue(lines.get(net + 2).matches("\\s+BCR \\(" + a.valueForMoney() + " value for money\\)\\s+"
                + String.format(Locale.ROOT, "%.2f", a.bcr()).replace(".", "\\.")), lines.get(net + 2));
        assertEquals(lines.get(net).length(), lines.get(net + 1).length(), "figures line up");
        assertEquals(lines.get(net).length(), lines.get(net + 2).length(), "figures line up");
    }

    @Test
    void computeJsonKeepsItsFieldsAndGainsTheAppraisal() throws Exception {
        JsonNode json = json(run("compute", BARNET, "--format", "json"));
        for (String field : List.of("model", "scenario", "summary", "level1", "netSystemSaving", "initiatives",
                "targetGroups", "casesAtStage", "casesOnTransition", "warnings", "appraisal")) {
            assertNotNull(json.get(field), field);
        }
        assertEquals(166_604.4, json.get("netSystemSaving").asDouble(), 1e-6);
        assertEquals(1_852_931.23, json.at("/appraisal/npv").asDouble(), PENNY);
        assertEquals(barnetAppraisal().bcr(), json.at("/appraisal/bcr").asDouble(), 1e-12);
        assertEquals(5, json.at("/appraisal/years").size());
        assertEquals(6, json.at("/appraisal/byAgency").size());
    }
}
