package org.journeyworkbench.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/** Every option side by side, live, in plain JUnit: driven through the document as the window drives it. */
class OptionsViewModelTest {
    private static final String BASE = "Base case";
    private static final String WITHOUT = "Without Community Coaches";
    private static final String HALF = "Half the arrests avoided by panels";
    private final WorkbenchDocument document = new WorkbenchDocument(Samples.barnet(), null);
    private final OptionsViewModel options = new OptionsViewModel(document);

    private OptionsTable.Row row(String name) {
        return options.table().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> npvs() {
        return options.table().rows().stream().map(OptionsTable.Row::npv).toList();
    }

    @Test
    void theFiguresAreThoseOfOptionsCompareOnTheDocumentsCalculation() {
        List<OptionResult> expected = new Options(Calculation.compile(Samples.barnet())).compare();
        List<OptionsTable.Row> rows = options.table().rows();
        assertEquals(List.of(BASE, WITHOUT, HALF), rows.stream().map(OptionsTable.Row::name).toList());
        for (int k = 0; k < expected.size(); k++) {
            OptionResult o = expected.get(k);
            OptionsTable.Row r = rows.get(k);
            assertEquals(Money.format(o.year1NetSaving()), r.year1NetSaving());
            assertEquals(Money.format(o.npv()), r.npv());
            assertEquals(Money.format(o.deltaNpv()), r.change(), "from the base case until another is pinned");
            assertEquals(o.valueForMoney() == null ? "none" : o.valueForMoney(), r.valueForMoney());
            for (int a = 0; a < o.byAgency().size(); a++) {
                assertEquals(Money.format(o.byAgency().get(a).npv()), r.agencyNpv().get(a));
                assertEquals(Money.format(o.byAgency().get(a).deltaNpv()), r.agencyChange().get(a));
            }
        }
        assertEquals("£166,604", rows.get(0).year1NetSaving());
        assertEquals("£1,852,931", rows.get(0).npv());
        assertEquals("1.63", rows.get(0).bcr());
        assertEquals("2013-14 (year 0)", rows.get(0).payback());
        assertEquals("Medium", rows.get(0).valueForMoney());
        assertEquals("£0", rows.get(0).change());
        assertEquals(List.of("Police", "CPS", "Probation", "Court", "Prison", "TBC"), options.table().agencies());
    }

    @Test
    void aBaseCaseSliderStepMovesEveryOptionThatDoesNotSetTheInputItself() {
        List<String> before = npvs();
        document.previewInput("stages.arrest.unitCost", 2500);
        List<String> after = npvs();
        for (int k = 0; k < 3; k++) {
            assertNotEquals(before.get(k), after.get(k), "arrest unit cost moves option " + k);
        }
        assertEquals(new Options(document.calculation()).compare().stream().map(o -> Money.format(o.npv())).toList(),
                after);
        document.cancelPreview();
        assertEquals(before, npvs());

        document.previewInput("initiatives.njp.takeUp", 0.6);
        after = npvs();
        assertNotEquals(before.get(0), after.get(0), "the base case moves");
        assertNotEquals(before.get(1), after.get(1), "so does the scenario that follows it");
        assertEquals(before.get(2), after.get(2), "the scenario that sets njp take-up itself does not");
    }

    @Test
    void pinningABaselineMakesTheChangesFollowIt() {
        options.pin(WITHOUT);
        assertEquals(WITHOUT, options.baseline());
        OptionsTable t = options.table();
        double without = row(WITHOUT).npvValue();
        for (OptionsTable.Row r : t.rows()) {
            assertEquals(Money.format(r.npvValue() - without), r.change());
            assertEquals(r.name().equals(WITHOUT), r.baseline());
        }
        assertEquals("£0", row(WITHOUT).change());
        assertTrue(row(BASE).changeValue() > 0, "the base case has the coaches the baseline lacks");
        assertTrue(t.caption().endsWith("Changes are from “Without Community Coaches”."), t.caption());
        options.pin("No such option");
        assertEquals(BASE, options.baseline(), "an option the model lacks pins the base case");
    }

    @Test
    void aPinnedScenarioThatDisappearsGivesWayToTheBaseCase() {
        options.pin(HALF);
        document.edit("Delete scenario", m -> ScenarioEdits.deleteScenario(m, HALF));
        assertEquals(BASE, options.baseline());
        assertEquals(2, options.table().rows().size());
    }

    @Test
    void theBaselinesWholeResultIsKeptOnlyWhileItIsNotTheOptionBeingEdited() {
        assertNull(options.baselineResultProperty().get(), "the base case pinned and edited: nothing behind");
        options.pin(WITHOUT);
        assertNotNull(options.baselineResultProperty().get());
        assertEquals(WITHOUT, options.baselineResultProperty().get().scenario());
        assertEquals(Calculation.compile(Samples.barnet()).compute(ScenarioEdits.scenario(Samples.barnet(), WITHOUT))
                .summary(), options.baselineResultProperty().get().summary());
        document.setScenario(WITHOUT);
        assertNull(options.baselineResultProperty().get(), "editing the baseline itself");
        assertTrue(row(WITHOUT).editing());
        document.setScenario(HALF);
        assertNotNull(options.baselineResultProperty().get());
        assertFalse(row(WITHOUT).editing());
    }

    @Test
    void theBaselineFollowsTheBaseCaseAsItIsEdited() {
        options.pin(WITHOUT);
        double before = options.baselineResultProperty().get().netSystemSaving();
        document.previewInput("stages.arrest.unitCost", 2500);
        assertNotEquals(before, options.baselineResultProperty().get().netSystemSaving());
    }

    @Test
    void resettingAnOverrideBringsTheScenarioBackToTheBaseCasesFigure() {
        document.setScenario(HALF);
        assertNotEquals(row(BASE).npv(), row(HALF).npv());
        document.edit("Reset take-up", m -> ScenarioEdits.resetInput(m, HALF, "initiatives.njp.takeUp"));
        assertEquals(row(BASE).npv(), row(HALF).npv());
        document.undo();
        assertNotEquals(row(BASE).npv(), row(HALF).npv());
    }

    @Test
    void aScenarioThatCannotBeEvaluatedKeepsTheLastGoodFiguresAndSaysWhy() {
        // A scenario taking some arrests to court at 90% would then send more than 100% out of "arrest".
        document.setScenario(HALF);
        document.setInput("transitions.arrest-cps.rate", 0.65, "Change rate");
        document.setScenario(BASE);
        List<String> good = npvs();
        assertEquals("", options.problemProperty().get());
        document.setInput("transitions.arrest-caution.rate", 0.4, "Change rate");
        assertFalse(options.problemProperty().get().isEmpty(), "the scenario's rates now add up to over 100%");
        assertEquals(good, npvs());
    }
}
