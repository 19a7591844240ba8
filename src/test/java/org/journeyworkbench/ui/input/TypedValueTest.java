package org.journeyworkbench.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/** Committing a typed value, the one way the assumptions panel and the inspector do it. */
class TypedValueTest {
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
    private final TypedValue arrestCost = new TypedValue(doc, "stages.arrest.unitCost", InputKind.MONEY,
            "Arrest unit cost");

    @Test
    void aGoodValueIsTakenAsOneUndoStepAndShownAsTheModelHoldsIt() {
        TypedValue.Outcome out = arrestCost.commit("2,930");
        assertTrue(out.ok());
        assertNull(out.problem());
        assertEquals("£2,930", out.text());
        assertEquals(2930, doc.inputValue("stages.arrest.unitCost"));
        assertEquals("Change arrest unit cost", doc.undoLabelProperty().get());
        assertEquals(272_204, doc.result().netSystemSaving(), 1);
    }

    @Test
    void aValueThatCannotBeReadNamesTheFieldAndTheProblemAndKeepsWhatWasTyped() {
        TypedValue.Outcome out = arrestCost.commit("19g0");
        assertFalse(out.ok());
        assertEquals("19g0", out.text(), "what was typed stays, to be corrected");
        assertEquals("Arrest unit cost: \"19g0\" is not a number; still £1,930", out.problem());
        assertEquals(1930, doc.inputValue("stages.arrest.unitCost"));
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void aValueTheModelRefusesNamesTheFieldAndTheModelsReason() {
        // The rates out of Arrest would add up to more than 100%.
        TypedValue caution = new TypedValue(doc, "targetGroups.asb.rates.arrest-caution", InputKind.RATE,
                "Arrest → Caution");
        TypedValue.Outcome out = caution.commit("99%");
        assertFalse(out.ok());
        assertEquals("99%", out.text());
        assertTrue(out.problem().startsWith("Arrest → Caution: the rates out of \"Arrest\" for target group"),
                out.problem());
        assertTrue(out.problem().endsWith("; still " + caution.current()), out.problem());
    }

    @Test
    void theSameValueTypedAgainMakesNoUndoStep() {
        assertTrue(arrestCost.commit("1930").ok());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void somethingTypedIsPendingUntilTheFieldShowsTheModelsValueAgain() {
        String shown = arrestCost.shown();
        assertFalse(arrestCost.pending(shown));
        assertTrue(arrestCost.pending("2,5"));
        assertEquals("£1,930", arrestCost.revert().text());
    }

    @Test
    void aNamedScenarioTakesTheValueAndTheBaseCaseKeepsItsOwn() {
        doc.setScenario("Half the arrests avoided by panels");
        arrestCost.commit("2930");
        assertEquals(2930, doc.inputValue("stages.arrest.unitCost"));
        assertEquals(1930, doc.model().stage("arrest").orElseThrow().unitCost());
    }
}
