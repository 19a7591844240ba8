package org.journeyworkbench.engine.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** The engine uses each cost in the model's price base: {@code value × index(base) / index(priceYear)}. */
class UpratingTest {
    private static final double ARREST_2006_07_IN_2012_13 = 593 * 71.5454 / 63.2017;
    private static final double TAMESIDE_2011_12_IN_2012_13 = 71.5454 / 70.3261;

    @Test
    void aCostPricedInAnotherYearIsUpratedToThePriceBase() {
        JourneyModel barnet = Samples.barnet();
        JourneyModel old = barnet.withStage("arrest", s -> s.withUnitCost(593)
                .withProvenance(Provenance.of("GMCA CR7.0", PriceYear.parse("2006/07"))));
        JourneyModel byHand = barnet.withStage("arrest", s -> s.withUnitCost(ARREST_2006_07_IN_2012_13));
        Result uprated = Engine.compute(old);
        assertEquals(Engine.compute(byHand).summary(), uprated.summary());
        assertNotEquals(Engine.compute(barnet.withStage("arrest", s -> s.withUnitCost(593))).netSystemSaving(),
                uprated.netSystemSaving(), 1e-6);
    }

    @Test
    void tamesidesCustodyCostAndPilotAreUpratedFrom2011To2012Prices() {
        JourneyModel tameside = Samples.tameside();
        JourneyModel byHand = tameside
                .withStage("custody", s -> s.withUnitCost(45000 * TAMESIDE_2011_12_IN_2012_13)
                        .withProvenance(s.provenance().withPriceYear(PriceYear.financial(2012))))
                .withInitiative("budgets", i -> i.withRunningCosts(i.runningCosts().stream()
                        .map(c -> c.withUnitCost(45000 * TAMESIDE_2011_12_IN_2012_13)
                                .withSource(c.source().withPriceYear(PriceYear.financial(2012)))).toList()));
        assertEquals(Engine.compute(byHand).summary(), Engine.compute(tameside).summary());
        assertEquals(45000 * TAMESIDE_2011_12_IN_2012_13, Engine.compute(tameside).summary().rows().stream()
                .filter(r -> r.agency().equals("Home Office")).findFirst().orElseThrow().annualCost() * -1, 1e-6);
    }

    @Test
    void barnetsSeedTableIsExactBecauseItsCostsAreInItsPriceBase() {
        Calculation calc = Calculation.compile(Samples.barnet());
        for (int s = 0; s < calc.slots().size(); s++) {
            assertEquals(-1, calc.upratedCell(s), calc.slots().input(s).address());
        }
        assertEquals(166_604.40, Engine.compute(Samples.barnet()).summary().total().year1Impact(), 0.005);
    }

    @Test
    void anOldFileWithCalendarYearsAgainstAFinancialBaseGivesTheSameFigures() {
        JourneyModel barnet = Samples.barnet();
        JourneyModel calendar = barnet.withStage("arrest", s -> s.withProvenance(s.provenance().withPriceYear(2010)));
        assertEquals(Engine.compute(barnet).summary(), Engine.compute(calendar).summary(),
                "a calendar year is never uprated to a financial base: the checks say so instead");
    }

    @Test
    void withNoPriceBaseNothingIsUprated() {
        JourneyModel tameside = Samples.tameside();
        JourneyModel noBase = tameside.withAppraisal(tameside.appraisal().withLabels("", "2011-12"));
        Calculation calc = Calculation.compile(noBase);
        assertEquals(-1, calc.upratedCell(calc.slots().find(InputAddress.stageUnitCost("custody"))));
    }

    @Test
    void aCostLinePickedFromTheLibraryIsUprated() {
        UnitCost probation = UnitCostLibrary.starter().find("gmca-cr3-2").orElseThrow(); // £357, 2008-09
        JourneyModel barnet = Samples.barnet();
        JourneyModel m = barnet.withInitiative("personalisation", i -> i.withRunningCosts(java.util.List.of(
                new CostLine("om", "Offender management", "probation", probation.value(), 10, CostLine.Basis.FIXED,
                        new Provenance(probation.source(), probation.priceYear(), probation.id())))));
        double expected = 20 * 15000 + 10 * 357 * 71.5454 / 66.8397; // with the intensive orders
        assertEquals(expected, -Engine.compute(m).summary().rows().stream()
                .filter(r -> r.agency().equals("Probation")).findFirst().orElseThrow().annualCost(), 1e-6);
    }
}
