package org.journeyworkbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.journeyworkbench.engine.edits.ModelEdits;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Inputs#source}: the one place the workbook and the window look up where an input comes from. */
class InputSourcesTest {
    private static final String RECONSTRUCTION = "Reconstruction (see notes)";
    private static final String FITS = "Reconstruction: fits the slides' Cost/Benefit Summary";
    private final JourneyModel barnet = Samples.barnet();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            stages.arrest.unitCost                                          | CLG Troubled Families cost database, 2012 (as the slides cite it: "per CLG TF cost database") | 2012-13
            transitions.cps-court.rate                                      | Slides' Level 2 logic: every prosecution has a CPS cost and a magistrates' court cost | ``
            targetGroups.asb.cases                                          | Reconstruction (see notes) | ``
            targetGroups.asb.rates.arrest-cps                               | Reconstruction (see notes) | ``
            targetGroups.asb.rates.cps-court                                | Slides' Level 2 logic: every prosecution has a CPS cost and a magistrates' court cost | ``
            targetGroups.short-custody.unitCosts.custody                    | Reconstruction: fits the slides' Cost/Benefit Summary (a short custodial sentence) | 2012-13
            targetGroups.asb.unitCosts.arrest                               | CLG Troubled Families cost database, 2012 (as the slides cite it: "per CLG TF cost database") | 2012-13
            initiatives.njp.takeUp                                          | Reconstruction (see notes) | ``
            initiatives.personalisation.reoffending.reduction               | Reconstruction (see notes) | ``
            initiatives.personalisation.reoffending.repeatJourneysPerCase   | Reconstruction (see notes) | ``
            initiatives.personalisation.runningCosts.officers.unitCost      | Reconstruction: fits the slides' Cost/Benefit Summary | 2012-13
            initiatives.personalisation.runningCosts.officers.quantity      | Reconstruction: fits the slides' Cost/Benefit Summary | 2012-13
            initiatives.personalisation.setUpCosts.budgets-setup.unitCost   | Reconstruction: fits the slides' Cost/Benefit Summary | 2012-13
            initiatives.iac.deadweight                                      | Assumption of this sample, not the slides' (see notes) | ``
            """)
    void citesEveryKindOfInput(String address, String source, String priceYear) {
        assertEquals(Provenance.of(source, org.journeyworkbench.model.PriceYear.parse(priceYear)),
                Inputs.source(barnet, address));
        assertEquals(Inputs.source(barnet, address), Inputs.source(barnet, InputAddress.parse(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"initiatives.njp.enabled", "initiatives.njp.optimismBias.costs",
            "initiatives.njp.optimismBias.benefits", "initiatives.njp.profile.takeUp.3", "appraisal.years",
            "appraisal.discountRates.0.rate", "appraisal.optimismBias.costs"})
    void inputsThatKeepNoSourceHaveAnEmptyOne(String address) {
        assertEquals(Provenance.NONE, Inputs.source(barnet, address));
        InputAddress at = InputAddress.parse(address);
        assertEquals(false, Inputs.hasSource(at));
        ModelException e = assertThrows(ModelException.class,
                () -> Inputs.withSource(barnet, at, Provenance.of("x")));
        assertEquals(address, e.field());
    }

    @Test
    void aConstantLevel1TermKeepsNoSource() {
        JourneyModel m = barnet.withLevel1(new org.journeyworkbench.model.Level1(List.of(
                new org.journeyworkbench.model.Level1Term("5OB", "Optimism bias",
                        org.journeyworkbench.model.Measure.CONSTANT, -1000)), "5OB"));
        assertEquals(Provenance.NONE, Inputs.source(m, "level1.terms.5OB.value"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            stages.prison-wing.unitCost                               | there is no stage with id "prison-wing"
            targetGroups.asb.rates.no-such-arrow                      | there is no transition with id "no-such-arrow"
            initiatives.njp.reoffending.reduction                     | initiative "(1) Neighbourhood Justice Panels" has no reduced reoffending
            initiatives.personalisation.runningCosts.nothing.quantity | initiative "(5) Personalisation" has no cost line "nothing"
            """)
    void anInputThatIsNotThereIsNamed(String address, String problem) {
        ModelException e = assertThrows(ModelException.class, () -> Inputs.source(barnet, address));
        assertEquals(address, e.field());
        assertEquals(problem, e.problem());
    }

    static List<Path> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyListedInputHasALookUp(Path sample) {
        JourneyModel m = ModelFiles.read(sample);
        for (Input input : Inputs.list(m)) {
            Provenance p = Inputs.source(m, input.at());
            assertTrue(Inputs.hasSource(input.at()) || p.isEmpty(), input.address());
        }
    }

    @Test
    void settingASourceGivesItBackAndChangesNoFigure() {
        InputAddress officers = InputAddress.costLine("personalisation", true, "officers", true);
        JourneyModel m = Inputs.withSource(barnet, officers, Provenance.of(" Probation pay scales ", 2013));
        assertEquals(Provenance.of("Probation pay scales", 2013), Inputs.source(m, officers));
        assertEquals(Provenance.of("Probation pay scales", 2013), Inputs.source(m,
                InputAddress.costLine("personalisation", true, "officers", false)), "one source for the line");
        assertEquals(Engine.compute(barnet).summary(), Engine.compute(m).summary());

        m = Inputs.withSource(m, InputAddress.reoffendingReduction("personalisation"), Provenance.of("NOMS"));
        assertEquals(Provenance.of("NOMS"), Inputs.source(m, InputAddress.reoffendingRepeats("personalisation")));
        m = Inputs.withSource(m, InputAddress.stageUnitCost("arrest"), Provenance.of("Home Office", 2011));
        assertEquals("Home Office", m.stage("arrest").orElseThrow().source());
        assertEquals(2011, m.stage("arrest").orElseThrow().priceYear());
        m = Inputs.withSource(m, InputAddress.groupCases("asb"), Provenance.NONE);
        assertEquals(Provenance.NONE, Inputs.source(m, InputAddress.groupCases("asb")));
        assertEquals(barnet, Samples.barnet(), "the original is unchanged");
    }

    @Test
    void aGroupFigureThatFollowsTheJourneysCitesTheJourneysUntilItHasItsOwn() {
        InputAddress rate = InputAddress.groupRate("short-custody", "arrest-cps");
        assertEquals(Provenance.of(RECONSTRUCTION), Inputs.source(barnet, rate), "the arrow's");
        ModelException e = assertThrows(ModelException.class,
                () -> Inputs.withSource(barnet, rate, Provenance.of("Court records")));
        assertEquals(rate.toString(), e.field());
        assertTrue(e.problem().startsWith("this group has no rate of its own for \"arrest-cps\""), e.problem());

        JourneyModel own = Inputs.set(barnet, rate, 0.4);
        assertEquals(Provenance.NONE, Inputs.source(own, rate), "its own figure, not yet cited");
        own = Inputs.withSource(own, rate, Provenance.of("Court records"));
        assertEquals(Provenance.of("Court records"), Inputs.source(own, rate));
        own = Inputs.set(own, rate, 0.45);
        assertEquals(Provenance.of("Court records"), Inputs.source(own, rate), "a new figure keeps its source");

        TargetGroup back = own.targetGroup("short-custody").orElseThrow().withoutRate("arrest-cps");
        assertEquals(Provenance.NONE, back.rateSource("arrest-cps"), "back to the journey's: its own source goes");
        JourneyModel deleted = ModelEdits.deleteTransition(own, "arrest-cps");
        assertTrue(deleted.targetGroup("short-custody").orElseThrow().rateSources().isEmpty());

        InputAddress cost = InputAddress.groupUnitCost("asb", "custody");
        assertEquals(barnet.stage("custody").orElseThrow().provenance(), Inputs.source(barnet, cost), "the stage's");
        JourneyModel ownCost = Inputs.withSource(Inputs.set(barnet, cost, 12000), cost, Provenance.of("MoJ", 2012));
        assertEquals(Provenance.of("MoJ", 2012), Inputs.source(ownCost, cost));
        assertTrue(ownCost.targetGroup("asb").orElseThrow().withoutUnitCost("custody").unitCostSources().isEmpty(),
                "back to the stage's: its own source goes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"transitions.callout-arrest.rate", "targetGroups.asb.cases", "targetGroups.asb.rates.arrest-cps",
            "initiatives.njp.takeUp", "initiatives.personalisation.reoffending.reduction", "initiatives.njp.deadweight"})
    void onlyMoneyHasAPriceYear(String address) {
        InputAddress at = InputAddress.parse(address);
        assertEquals(false, Inputs.hasPriceYear(at));
        ModelException e = assertThrows(ModelException.class,
                () -> Inputs.withSource(barnet, at, Provenance.of("x", 2012)));
        assertEquals(address, e.field());
        assertTrue(e.problem().endsWith("has no price year (only money has one)"), e.problem());
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2201, -1, 12})
    void anImplausiblePriceYearIsRefused(int year) {
        ModelException e = assertThrows(ModelException.class, () -> new Provenance("x", year));
        assertEquals("priceYear", e.field());
        assertEquals(year + " is not a plausible price year", e.problem());
        InputAddress line = InputAddress.costLine("njp", false, "facilitators", false);
        ModelException viaAddress = assertThrows(ModelException.class,
                () -> Inputs.withSource(barnet, line, Provenance.of("x").withPriceYear(year)));
        assertEquals("priceYear", viaAddress.field(), "refused before it reaches the model");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1900, 2012, 2200})
    void aPlausibleOrUnknownPriceYearIsTaken(int year) {
        assertEquals(year, new Provenance(null, year).priceYear());
        assertEquals("", new Provenance(null, year).source());
    }

    @Test
    void recordsBuiltTheOldWayHaveNoSources() {
        assertEquals(Provenance.NONE, new CostLine("x", "", "police", 1, 1, CostLine.Basis.FIXED).source());
        assertEquals(Provenance.NONE, new Transition("t", "a", "b", 0.5, "").source());
        TargetGroup g = barnet.targetGroup("asb").orElseThrow();
        TargetGroup plain = new TargetGroup(g.id(), g.name(), g.referrer(), g.cases(), g.entryStage(), g.rates(),
                g.unitCosts(), g.position());
        assertEquals(Provenance.NONE, plain.casesSource());
        assertTrue(plain.rateSources().isEmpty() && plain.unitCostSources().isEmpty());
    }
}
