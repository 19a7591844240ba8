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
    /** Barnet's CPS prosecution cost (£500) has no range in the sample. */
    private static final String CPS = "stages.cps.unitCost";
    private static final String SCENARIO = "Without Community Coaches";
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
    private final RangeEntry cps = new RangeEntry(doc, CPS, "CPS prosecution unit cost", InputKind.MONEY);

    @Test
    void aRangeTypedInWordsIsTakenAsOneUndoStepAndSaidBack() {
        assertFalse(cps.hasRange());
        assertEquals("", cps.commit("400 to 650, most likely 500"));
        assertEquals(new Distribution.Triangular(400, 500, 650), cps.range());
        assertEquals("£400 to £650, most likely £500", cps.text());
        // A triangle's P10: low + sqrt(0.1 (high - low)(mode - low)) = 400 + sqrt(2,500) = 450;
        // its P90: high - sqrt(0.1 (high - low)(high - mode)) = 650 - sqrt(3,750) = 588.76.
        assertEquals("From £400 to £650, most likely £500 (a triangle); 8 in 10 between £450 and £589.",
                cps.words());
        assertEquals("Set range of CPS prosecution unit cost", doc.undoLabelProperty().get());
        doc.undo();
        assertFalse(cps.hasRange());
        assertEquals("", cps.text());
    }

    @Test
    void aRangeThatCannotBeReadIsRefusedNamingTheInputAndNothingIsLost() {
        cps.commit("400 to 600");
        String problem = cps.commit("about five hundred");
        assertTrue(problem.startsWith("Range of CPS prosecution unit cost: \"about five hundred\" is not a range"),
                problem);
        assertTrue(problem.endsWith("; still £400 to £600"), problem);
        assertEquals(new Distribution.Uniform(400, 600), cps.range());
        doc.undo();
        assertFalse(doc.canUndoProperty().get(), "the refusal recorded nothing");
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
        cps.commit("400 to 600");
        doc.setScenario(SCENARIO);
        assertEquals(new Distribution.Uniform(400, 600), cps.range(), "the scenario follows the base case");
        assertFalse(cps.overridden());
        cps.commit("fixed");
        assertFalse(cps.hasRange());
        assertTrue(cps.overridden());
        doc.setScenario("Base case");
        assertEquals(new Distribution.Uniform(400, 600), cps.range());
        doc.setScenario(SCENARIO);
        cps.reset();
        assertEquals(new Distribution.Uniform(400, 600), cps.range());
        assertFalse(cps.overridden());
    }

    @Test
    void typingTheSameRangeAgainRecordsNothing() {
        cps.commit("pert(400, 500, 650)");
        doc.undo();
        cps.commit("pert(400, 500, 650)");
        assertInstanceOf(Distribution.Pert.class, cps.range());
        assertEquals("", cps.commit("pert(£400, £500, £650)"));
        assertEquals("Set range of CPS prosecution unit cost", doc.undoLabelProperty().get());
        doc.undo();
        assertFalse(doc.canUndoProperty().get(), "one step only");
    }
}
