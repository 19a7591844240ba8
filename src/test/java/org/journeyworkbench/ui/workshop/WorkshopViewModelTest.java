package org.journeyworkbench.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Options;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.options.OptionsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workshop mode's logic in plain JUnit, driven through the document as the window drives it. */
class WorkshopViewModelTest {
    private static final String NJP = "initiatives.njp.takeUp";
    private static final String CAUTIONS = "initiatives.conditional-cautions.takeUp";
    private static final String WITHOUT = "Without Community Coaches";
    private final JourneyModel barnet = Samples.barnet();
    private final WorkbenchDocument document = new WorkbenchDocument(barnet, null);
    private final OptionsViewModel options = new OptionsViewModel(document);
    private LocalTime now = LocalTime.of(14, 0, 0);
    private final WorkshopViewModel vm = new WorkshopViewModel(document, options, () -> now);
    @TempDir
    Path dir;

    @BeforeEach
    void begin() {
        vm.begin();
    }

    private Lever lever(String address) {
        return vm.levers().stream().filter(l -> l.address().equals(address)).findFirst().orElseThrow();
    }

    private OptionResult option(String name) {
        return new Options(document.calculation()).compare().stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void theHeadlineIsTheDocumentsResult() {
        Headline h = vm.headline();
        assertEquals("£166,604", h.netSaving());
        assertEquals("£1,852,931", h.npv());
        assertEquals("1.63", h.bcr());
        assertEquals("Medium value for money", h.valueForMoney());
        assertEquals("NPV change since the start", h.changeCaption());
        assertEquals("£0", h.change());
    }

    @Test
    void inAScenarioTheChangeIsFromTheBaseCase() {
        assertTrue(vm.showOption(2));
        assertEquals(WITHOUT, document.scenarioName());
        assertEquals("NPV change from the base case", vm.headline().changeCaption());
        double delta = option(WITHOUT).deltaNpv();
        assertTrue(delta < 0, "the coaches save money");
        assertEquals(Money.format(delta), vm.headline().change());
        assertTrue(vm.headline().changeNegative());
    }

    @Test
    void pinnedLeversAreListedWithTheirValuesAndARangeThatHoldsThem() {
        assertEquals(List.of(NJP, CAUTIONS, "initiatives.iac.takeUp", "initiatives.personalisation.reoffending.reduction"),
                vm.levers().stream().map(Lever::address).toList());
        Lever njp = lever(NJP);
        assertEquals("(1) Neighbourhood Justice Panels: take-up (share of cases)", njp.label());
        assertEquals("100%", njp.valueText());
        assertEquals(0, njp.min());
        assertEquals(1, njp.max());
        assertEquals(0.01, njp.step());
        Lever cautions = lever(CAUTIONS);
        assertEquals(200, cautions.value());
        assertEquals(500, cautions.max(), "twice the value, rounded up to 1, 2 or 5 times a power of ten");
        assertEquals(10, cautions.step(), "a tidy fiftieth of the range");
    }

    @Test
    void aNudgeMovesTheLeverOneStepAsOneUndoStepAndTheFiguresFollow() {
        double before = document.result().netSystemSaving();
        vm.nudge(CAUTIONS, -1);
        assertEquals(190, document.inputValue(CAUTIONS));
        assertEquals(190, lever(CAUTIONS).value());
        assertNotEquals(before, document.result().netSystemSaving());
        assertEquals(Money.format(document.result().netSystemSaving()), vm.headline().netSaving());
        document.undo();
        assertEquals(200, document.inputValue(CAUTIONS));
        assertEquals(before, document.result().netSystemSaving());
    }

    @Test
    void aLeverStopsAtTheEndsOfItsRange() {
        vm.nudge(NJP, 5);
        assertEquals(1.0, document.inputValue(NJP), "already at 100%: nothing to do");
        assertTrue(vm.log().isEmpty(), "a change that changes nothing is not logged");
        vm.nudge(NJP, -3);
        assertEquals(0.97, document.inputValue(NJP), 1e-12);
    }

    @Test
    void nudgesInARowAreOneLineOfTheLogFromTheFirstValueToTheLast() {
        double netBefore = document.result().netSystemSaving();
        vm.nudge(CAUTIONS, -1);
        now = now.plusSeconds(1);
        vm.nudge(CAUTIONS, -1);
        now = now.plusSeconds(1);
        vm.nudge(CAUTIONS, -1);
        assertEquals(1, vm.log().size());
        WorkshopLogEntry e = vm.log().get(0);
        assertEquals(LocalTime.of(14, 0, 0), e.time());
        assertEquals("(3) Conditional Cautions: take-up (cases a year)", e.what());
        assertEquals("200", e.from());
        assertEquals("170", e.to());
        String after = Money.format(document.result().netSystemSaving());
        assertTrue(e.effect().startsWith("Net saving " + Money.format(netBefore) + " → " + after), e.effect());
        assertEquals(document.result().netSystemSaving(), e.netSavingAfter());
        now = now.plusSeconds(30);
        vm.nudge(CAUTIONS, 1);
        assertEquals(2, vm.log().size(), "half a minute later it is a new change");
    }

    @Test
    void aDragIsLiveAndOneChangeWhenReleased() {
        vm.beginDrag(CAUTIONS);
        vm.dragTo(CAUTIONS, 150);
        vm.dragTo(CAUTIONS, 120);
        assertEquals(120, document.inputValue(CAUTIONS));
        assertTrue(vm.log().isEmpty(), "nothing logged mid-drag");
        vm.endDrag(CAUTIONS);
        assertEquals(1, vm.log().size());
        assertEquals("200", vm.log().get(0).from());
        assertEquals("120", vm.log().get(0).to());
        document.undo();
        assertEquals(200, document.inputValue(CAUTIONS), "the whole drag is one undo step");
    }

    @Test
    void aToggleSwitchesTheInitiativeInTheOptionShown() {
        vm.showOption(3);
        String half = "Half the arrests avoided by panels";
        vm.toggle("coaches");
        assertFalse(vm.toggles().stream().filter(t -> t.id().equals("coaches")).findFirst().orElseThrow().on());
        assertEquals(Boolean.FALSE, document.model().scenario(half).orElseThrow().initiatives().get("coaches"));
        assertTrue(document.model().initiative("coaches").orElseThrow().enabled(), "the base case is left alone");
        WorkshopLogEntry e = vm.log().get(vm.log().size() - 1);
        assertEquals("(2) Community Coaches", e.what());
        assertEquals("On", e.from());
        assertEquals("Off", e.to());
    }

    @Test
    void numberKeysShowTheOptionsAndTheCardsCarryTheirFigures() {
        List<OptionResult> compared = new Options(Calculation.compile(barnet)).compare();
        assertEquals(3, vm.cards().size());
        for (int k = 0; k < 3; k++) {
            OptionCard card = vm.cards().get(k);
            assertEquals(k + 1, card.key());
            assertEquals(compared.get(k).name(), card.name());
            assertEquals(Money.format(compared.get(k).npv()), card.npv());
            assertEquals(Money.format(compared.get(k).year1NetSaving()), card.year1NetSaving());
        }
        assertEquals("The base case", vm.cards().get(0).change());
        assertEquals(Money.format(compared.get(1).deltaNpv()) + " vs the base case", vm.cards().get(1).change());
        assertTrue(vm.cards().get(0).showing());
        assertTrue(vm.showOption(2));
        assertTrue(vm.cards().get(1).showing());
        assertFalse(vm.showOption(7), "there is no seventh option");
        assertEquals(WITHOUT, document.scenarioName());
        WorkshopLogEntry e = vm.log().get(0);
        assertEquals("Option shown", e.what());
        assertEquals("Base case", e.from());
        assertEquals(WITHOUT, e.to());
    }

    @Test
    void backToTheStartRestoresTheModelAndOptionAsOneUndoStep() {
        vm.nudge(CAUTIONS, -3);
        vm.toggle("iac");
        vm.showOption(2);
        vm.toggle("njp");
        assertNotEquals(barnet, document.model());
        vm.backToStart();
        assertEquals(barnet, document.model());
        assertEquals("Base case", document.scenarioName());
        assertEquals("£166,604", vm.headline().netSaving());
        assertEquals("Back to the start of the session", vm.log().get(vm.log().size() - 1).what());
        document.undo();
        assertNotEquals(barnet, document.model(), "one undo step takes it back again");
        assertFalse(document.model().scenario(WITHOUT).orElseThrow().initiatives().get("njp"));
    }

    @Test
    void saveAsScenarioKeepsTheEndFiguresAsANewOptionAndLeavesTheBaseCaseAsItWas() {
        vm.nudge(CAUTIONS, -5);
        vm.toggle("iac");
        double endNet = document.result().netSystemSaving();
        double endNpv = document.result().appraisal().npv();
        assertTrue(vm.saveAsScenario("After the workshop"));
        JourneyModel m = document.model();
        assertEquals(200, m.initiative("conditional-cautions").orElseThrow().takeUp().value(),
                "the base case is as it was when the session began");
        assertTrue(m.initiative("iac").orElseThrow().enabled());
        assertEquals("After the workshop", document.scenarioName());
        assertEquals(endNet, document.result().netSystemSaving(), 1e-6);
        assertEquals(endNpv, document.result().appraisal().npv(), 1e-6);
        var saved = m.scenario("After the workshop").orElseThrow();
        assertEquals(java.util.Map.of(CAUTIONS, 150.0), saved.overrides());
        assertEquals(java.util.Map.of("iac", false), saved.initiatives());
        assertEquals(4, vm.cards().size());
        document.undo();
        assertTrue(document.model().scenario("After the workshop").isEmpty(), "one undo step");
    }

    @Test
    void saveAsScenarioRefusesATakenNameAndSaysWhy() {
        assertFalse(vm.saveAsScenario(WITHOUT));
        assertTrue(document.noticeProperty().get().contains("already a scenario"), document.noticeProperty().get());
    }

    @Test
    void theLogIsExportedAsCsv() throws Exception {
        vm.nudge(CAUTIONS, -1);
        vm.showOption(2);
        Path out = dir.resolve("log.csv");
        vm.exportCsv(out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(SessionLogCsv.HEADER, lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("14:00:00,(3) Conditional Cautions: take-up (cases a year),200,190,"),
                lines.get(1));
        assertTrue(lines.get(2).contains(",Option shown,Base case,Without Community Coaches,"), lines.get(2));
    }

    @Test
    void theJourneyForTheRoomShowsTheChangedStagesAndEachAgencysYearOneImpact() {
        RoomJourney j = vm.journeyProperty().get();
        var police = j.agencies().stream().filter(a -> a.id().equals("police")).findFirst().orElseThrow();
        assertEquals("£213,471", police.impact(), "the Cost/Benefit Summary's year 1 impact for Police");
        assertFalse(police.negative());
        var probation = j.agencies().stream().filter(a -> a.id().equals("probation")).findFirst().orElseThrow();
        assertEquals("(£402,350)", probation.impact());
        assertTrue(probation.negative());
        assertTrue(police.stages().stream().anyMatch(s -> s.cases().contains("→")));
    }

    @Test
    void withNoLeversPinnedItSaysHowToPinOne() {
        document.edit("no levers", m -> m.withWorkshop(org.journeyworkbench.model.Workshop.none()));
        assertTrue(vm.levers().isEmpty());
        assertTrue(vm.leversNoteProperty().get().contains("Pin as Lever"));
    }

    @Test
    void pinningIsOneUndoStepAndSavedWithTheModel() {
        LeverPins.toggle(document, "stages.arrest.unitCost", "Arrest unit cost");
        assertTrue(document.model().workshop().isPinned("stages.arrest.unitCost"));
        assertEquals("stages.arrest.unitCost", vm.levers().get(vm.levers().size() - 1).address());
        LeverPins.toggle(document, "stages.arrest.unitCost", "Arrest unit cost");
        assertFalse(document.model().workshop().isPinned("stages.arrest.unitCost"));
        document.undo();
        assertTrue(document.model().workshop().isPinned("stages.arrest.unitCost"));
    }

    @Test
    void undoInTheWorkshopIsLogged() {
        vm.nudge(CAUTIONS, 1);
        now = now.plusSeconds(60);
        vm.undo();
        assertEquals(200, document.inputValue(CAUTIONS));
        WorkshopLogEntry e = vm.log().get(1);
        assertEquals("Undo", e.what());
        assertTrue(e.from().startsWith("Set "), e.from());
    }

    @Test
    void aLeverPinnedOnAnInputTheModelNoLongerHasIsNamed() {
        document.edit("stale lever", m -> m.withWorkshop(m.workshop().pin("stages.nowhere.unitCost")));
        assertTrue(vm.leversNoteProperty().get().contains("stages.nowhere.unitCost"));
        assertEquals(4, vm.levers().size());
    }

    @Test
    void aScenarioIsShownByNameWhateverItsCase() {
        document.setScenario(WITHOUT);
        assertEquals(WITHOUT, vm.showing());
        assertTrue(ScenarioEdits.isBase(null));
    }
}
