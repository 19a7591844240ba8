package org.journeyworkbench.ui.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/** Typing a range as a person says it, in plain JUnit: taken, said back, undone, refused, scenario-aware. */
class RangeEntryTest {
    private static final String ARREST = "stages.arrest.unitCost";
    private static final String SCENARIO = "Without Community Coaches";
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
    private final RangeEntry arrest = new RangeEntry(doc, ARREST, "Arrest unit cost", InputKind.MONEY);

    @Test
    void aRangeTypedInWordsIsTakenAsOneUndoStepAndSaidBack() {
        assertEquals("", arrest.commit("1,500 to 2,500, most likely 1,930"));
        assertEquals(new Distribution.Triangular(1500, 1930, 2500), arrest.range());
        assertEquals("£1,500 to £2,500, most likely £1,930", arrest.text());
        // P10 of a triangle: low + sqrt(0.1 (high - low)(mode - low)) = 1500 + sqrt(43,000) = 1,707.36
        assertEquals("From £1,500 to £2,500, most likely £1,930 (a triangle); 8 in 10 between £1,707 and £2,2"
                .substring(0, 60), arrest.words().substring(0, 60));
        assertTrue(arrest.words().contains("£1,707"), arrest.words());
        assertEquals("Set range of arrest unit cost", doc.undoLabelProperty().get());
        doc.undo();
        assertFalse(arrest.hasRange());
        assertEquals("", arrest.text());
    }

    @Test
    void aRangeThatCannotBeReadIsRefusedNamingTheInputAndNothingIsLost() {
        arrest.commit("1,500 to 2,500");
        long before = doc.canUndoProperty().get() ? 1 : 0;
        String problem = arrest.commit("about two thousand");
        assertTrue(problem.startsWith("Range of arrest unit cost: \"about two thousand\" is not a range"), problem);
        assertTrue(problem.endsWith("; still £1,500 to £2,500"), problem);
        assertEquals(new Distribution.Uniform(1500, 2500), arrest.range());
        assertEquals(1, before);
    }

    @Test
    void aRangeOutsideTheInputsValidRangeIsRefused() {
        RangeEntry rate = new RangeEntry(doc, "transitions.arrest-cps.rate", "Arrest → CPS", InputKind.RATE);
        String problem = rate.commit("50% to 120%");
        assertTrue(problem.startsWith("Range of arrest → CPS: the range 50% to 120% goes above 100%"), problem);
        assertFalse(rate.hasRange());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void inANamedScenarioTheRangeIsTheScenariosOwnAndTheBaseCaseIsLeftAlone() {
        arrest.commit("1,500 to 2,500");
        doc.setScenario(SCENARIO);
        assertEquals(new Distribution.Uniform(1500, 2500), arrest.range(), "the scenario follows the base case");
        assertFalse(arrest.overridden());
        arrest.commit("fixed");
        assertFalse(arrest.hasRange());
        assertTrue(arrest.overridden());
        doc.setScenario("Base case");
        assertEquals(new Distribution.Uniform(1500, 2500), arrest.range());
        doc.setScenario(SCENARIO);
        arrest.reset();
        assertEquals(new Distribution.Uniform(1500, 2500), arrest.range());
        assertFalse(arrest.overridden());
    }

    @Test
    void typingTheSameRangeAgainRecordsNothing() {
        arrest.commit("pert(1500, 1930, 2500)");
        doc.undo();
        arrest.commit("pert(1500, 1930, 2500)");
        assertInstanceOf(Distribution.Pert.class, arrest.range());
        assertEquals("", arrest.commit("pert(£1,500, £1,930, £2,500)"));
        assertEquals("Set range of arrest unit cost", doc.undoLabelProperty().get());
        doc.undo();
        assertFalse(doc.canUndoProperty().get(), "one step only");
    }
}
