package org.journeyworkbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.UncertaintyEdits;
import org.journeyworkbench.engine.uncertainty.UncertainInputs;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Ranges and correlations edited in the scenario being edited. */
class UncertaintyEditsTest {
    private static final String ARREST = "stages.arrest.unitCost";
    private static final String CAUTION = "stages.caution.unitCost";
    private static final String SCENARIO = "Without Community Coaches";

    @Test
    void inTheBaseCaseTheModelsRangeChanges() {
        JourneyModel m = UncertaintyEdits.setDistribution(Samples.barnet(), null, ARREST,
                new Distribution.Uniform(1000, 3000));
        assertEquals(new Distribution.Uniform(1000, 3000), m.uncertainty().distribution(ARREST));
        JourneyModel fixed = UncertaintyEdits.setDistribution(m, null, ARREST, new Distribution.Fixed());
        assertEquals(new Distribution.Fixed(), fixed.uncertainty().distribution(ARREST));
    }

    @Test
    void inANamedScenarioOnlyThatScenarioChanges() {
        JourneyModel before = Samples.barnet();
        JourneyModel m = UncertaintyEdits.setDistribution(before, SCENARIO, ARREST, new Distribution.Fixed());
        assertEquals(before.uncertainty(), m.uncertainty());
        assertEquals(new Distribution.Fixed(), UncertaintyEdits.inForce(m, SCENARIO).distribution(ARREST));
        assertTrue(UncertaintyEdits.inForce(m, null).distributions().containsKey(ARREST));
    }

    @Test
    void aScenarioCanSetItsOwnRangeAndFollowTheBaseCaseAgain() {
        JourneyModel before = Samples.barnet();
        assertFalse(UncertaintyEdits.overridden(before, SCENARIO, ARREST));
        assertFalse(UncertaintyEdits.overridden(before, null, ARREST)); // the base case overrides nothing
        JourneyModel own = UncertaintyEdits.setDistribution(before, SCENARIO, ARREST,
                new Distribution.Uniform(1000, 3000));
        assertTrue(UncertaintyEdits.overridden(own, SCENARIO, ARREST));
        assertEquals(new Distribution.Uniform(1000, 3000), UncertaintyEdits.distribution(own, SCENARIO, ARREST));
        assertEquals(before.uncertainty().distribution(ARREST), UncertaintyEdits.distribution(own, null, ARREST));
        JourneyModel back = UncertaintyEdits.resetDistribution(own, SCENARIO, ARREST);
        assertFalse(UncertaintyEdits.overridden(back, SCENARIO, ARREST));
        assertEquals(before.uncertainty().distribution(ARREST), UncertaintyEdits.distribution(back, SCENARIO, ARREST));
        assertSame(own, UncertaintyEdits.resetDistribution(own, null, ARREST));
    }

    @Test
    void takingAwayARangeTheBaseCaseNeverHadLeavesNoEntryInTheScenario() {
        String court = "stages.court.unitCost";
        JourneyModel before = UncertaintyEdits.setDistribution(Samples.barnet(), null, court,
                new Distribution.Fixed());
        assertFalse(before.uncertainty().distributions().containsKey(court));
        JourneyModel own = UncertaintyEdits.setDistribution(before, SCENARIO, court,
                new Distribution.Uniform(600, 900));
        JourneyModel none = UncertaintyEdits.setDistribution(own, SCENARIO, court, new Distribution.Fixed());
        assertFalse(UncertaintyEdits.overridden(none, SCENARIO, court));
        assertEquals(new Distribution.Fixed(), UncertaintyEdits.distribution(none, SCENARIO, court));
    }

    @Test
    void aRefusedEditLeavesTheModelAsItWas() {
        JourneyModel before = Samples.barnet();
        ModelException e = assertThrows(ModelException.class, () -> UncertaintyEdits.setDistribution(before, null,
                ARREST, new Distribution.Uniform(-10, 10)));
        assertEquals(ARREST, e.field());
        JourneyModel three = UncertaintyEdits.setDistribution(before, null, "stages.court.unitCost",
                new Distribution.Uniform(600, 900));
        // the sample links arrest and caution at 0.6; caution and court at 0.7 can hold with it...
        JourneyModel linked2 = UncertaintyEdits.setCorrelation(three, null,
                new Correlation(CAUTION, "stages.court.unitCost", 0.7));
        // ...but then arrest cannot move strongly against court
        ModelException bad = assertThrows(ModelException.class, () -> UncertaintyEdits.setCorrelation(linked2, null,
                new Correlation(ARREST, "stages.court.unitCost", -0.9)));
        assertTrue(bad.problem().contains("cannot all hold at once"), bad.problem());
        assertEquals(0, UncertaintyEdits.setCorrelation(linked2, null, new Correlation(ARREST, CAUTION, 0))
                .uncertainty().correlation(ARREST, CAUTION));
    }

    @Test
    void ratesThatCouldAddUpToMoreThan100PercentAreNoted() {
        JourneyModel m = Samples.barnet().withUncertainty(Uncertainty.none()
                .withDistribution("transitions.arrest-caution.rate", new Distribution.Uniform(0.2, 0.7)));
        UncertainInputs in = UncertainInputs.of(Calculation.compile(m), null);
        assertEquals(1, in.notes().size());
        assertTrue(in.notes().get(0).contains("add up to"), in.notes().get(0));
    }
}
