package org.journeyworkbench.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/** The note an unused input gets, following the scenario being edited. */
class InputUsesTest {
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
    private final InputUses uses = new InputUses(doc);

    @Test
    void theJourneysArrestRateSaysWhyAndAGroupsOwnSaysNothing() {
        assertEquals("Not used: every group that gets here sets its own — ASB perpetrators and "
                + "low-level offenders, Individuals at risk of offending", uses.note("transitions.callout-arrest.rate"));
        assertNull(uses.note("targetGroups.asb.rates.callout-arrest"));
        assertNull(uses.note("stages.arrest.unitCost"));
    }

    @Test
    void aValueChangeKeepsTheAnswerAndAScenarioThatSetsTheFollowerChangesIt() {
        var before = uses.now();
        doc.setInput("stages.arrest.unitCost", 2000, "Change arrest unit cost");
        // Compiled again, so worked out again; the answer is the same.
        assertNull(uses.note("stages.arrest.unitCost"));
        assertSame(uses.now(), uses.now(), "asked twice without a change: worked out once");
        doc.edit("New scenario", m -> ScenarioEdits.createScenario(m, "Base case", "Own court rates"));
        doc.setScenario("Own court rates");
        for (String g : new String[] {"asb", "at-risk", "alcohol"}) {
            doc.setInput("targetGroups." + g + ".rates.cps-court", 0.5, "Change");
        }
        assertEquals("Not used: every group that gets here sets its own — ASB perpetrators and "
                + "low-level offenders, Individuals at risk of offending, Offenders admitting low-level, "
                + "alcohol-related offences", uses.note("transitions.cps-court.rate"));
        doc.setScenario("Base case");
        assertNull(uses.note("transitions.cps-court.rate"));
        assertEquals(before.used("stages.arrest.unitCost"), uses.now().used("stages.arrest.unitCost"));
    }
}
