package org.journeyworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.layout.Box;
import org.journeyworkbench.engine.layout.DiagramGeometry;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.NodeList;

/** What the diagram says for the group in view, where new boxes go, and the rate typed for a new arrow. */
class DiagramViewModelTest {
    private final JourneyModel barnet = Samples.barnet();
    private final DiagramViewModel vm = new DiagramViewModel();

    private static Result base(JourneyModel m) {
        return Calculation.compile(m).compute(ScenarioEdits.scenario(m, "Base case"));
    }

    @Test
    void allGroupsSayPlainlyWhenTheirRatesDifferAndListThemInTheTooltip() {
        DiagramPicture p = vm.picture(barnet, base(barnet));
        DiagramPicture.EdgePicture arrest = p.arrow("callout-arrest");
        assertTrue(arrest.label().startsWith(CanvasLabels.VARIES + "\n"), arrest.label());
        assertTrue(arrest.tooltip().contains("ASB perpetrators"), arrest.tooltip());
        assertTrue(arrest.tooltip().contains(": 10%") && arrest.tooltip().contains(": 50%"), arrest.tooltip());
        assertFalse(arrest.label().contains("–"), "never a range across groups");
        assertTrue(p.arrow("cps-court").label().startsWith("100%\n"), "the groups agree: the one rate");
        assertEquals("", p.arrow("cps-court").tooltip());
    }

    @Test
    void oneGroupInViewShowsItsOwnRateAndCases() {
        vm.groupInViewProperty().set("asb");
        DiagramPicture p = vm.picture(barnet, base(barnet));
        assertTrue(p.arrow("callout-arrest").label().startsWith("10%\n"), p.arrow("callout-arrest").label());
        // 56 ASB call-outs a year, all taken off by the panels: 5.6 arrests before, none after.
        assertEquals("5.6 → 0 cases", p.arrow("callout-arrest").label().split("\n")[1]);
        vm.groupInViewProperty().set("at-risk");
        assertTrue(vm.picture(barnet, base(barnet)).arrow("callout-arrest").label().startsWith("50%\n"));
        assertEquals("ASB perpetrators", barnet.targetGroup("asb").orElseThrow().name().substring(0, 16));
    }

    @Test
    void theOtherGroupsAndTheirInitiativesAreDimmed() {
        vm.groupInViewProperty().set("asb");
        DiagramPicture p = vm.picture(barnet, base(barnet));
        assertTrue(p.box(DiagramPicture.selection("group:at-risk")).dimmed());
        assertTrue(p.box(DiagramPicture.selection("initiative:coaches")).dimmed());
        assertFalse(p.box(DiagramPicture.selection("initiative:njp")).dimmed());
    }

    @Test
    void withOneGroupItsJourneyIsTheWholeJourney() {
        JourneyModel tameside = Samples.tameside();
        Result r = base(tameside);
        DiagramPicture all = vm.picture(tameside, r);
        vm.groupInViewProperty().set(tameside.targetGroups().get(0).id());
        DiagramPicture one = vm.picture(tameside, r);
        for (int i = 0; i < all.boxes().size(); i++) {
            assertEquals(all.boxes().get(i).text(), one.boxes().get(i).text());
        }
        for (int i = 0; i < all.edges().size(); i++) {
            assertEquals(all.edges().get(i).label(), one.edges().get(i).label());
        }
    }

    @Test
    void thePickerOffersAllGroupsThenEachGroup() {
        List<String> choices = DiagramViewModel.choices(barnet);
        assertEquals(DiagramViewModel.ALL_GROUPS, choices.get(0));
        assertEquals(barnet.targetGroups().size() + 1, choices.size());
        assertEquals("asb", DiagramViewModel.groupNamed(barnet, choices.get(1)));
        assertEquals(null, DiagramViewModel.groupNamed(barnet, DiagramViewModel.ALL_GROUPS));
    }

    @Test
    void aNewStageNeverLandsOnABox() {
        JourneyModel laid = org.journeyworkbench.engine.layout.AutoLayout.layOut(barnet);
        for (Box b : DiagramGeometry.boxesOf(laid).values()) {
            Position p = DiagramViewModel.freeSpotForStage(laid, new Position(b.x(), b.y()));
            Box placed = new Box("new", p.x(), p.y(), Box.STAGE_W, Box.STAGE_H);
            for (Box other : DiagramGeometry.boxesOf(laid).values()) {
                assertFalse(placed.overlaps(other, 0), "asked at " + b.key() + ", landed on " + other.key());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"25, 0.25", "25%, 0.25", "' 2.5 % ', 0.025", "0, 0", "100, 1"})
    void aTypedRateIsAPercentage(String typed, double fraction) {
        assertEquals(Optional.of(fraction), DiagramViewModel.parseRate(typed, new StringBuilder()));
    }

    @ParameterizedTest
    @CsvSource({"'', Type the share", "abc, is not a number", "150, from 0 to 100", "-5, from 0 to 100"})
    void aRateThatIsNotAPercentageIsExplained(String typed, String says) {
        StringBuilder problem = new StringBuilder();
        assertEquals(Optional.empty(), DiagramViewModel.parseRate(typed, problem));
        assertTrue(problem.toString().contains(says), problem.toString());
    }

    @Test
    void theSvgIsValidXmlWithTheStageNamesAsText() throws Exception {
        String svg = SvgWriter.write(vm.picture(barnet, base(barnet)));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        for (var s : barnet.stages()) {
            assertTrue(all.toString().contains(s.name()), s.name());
        }
        assertTrue(all.toString().contains("Magistrates' court"), "an apostrophe survives escaping");
        assertEquals(barnet.transitions().size(), (int) vm.picture(barnet, base(barnet)).edges().stream()
                .filter(e -> !e.isLink()).count());
    }

    @Test
    void fittedToACrampedWindowTheTextStaysReadable() {
        Box bounds = DiagramGeometry.of(barnet).bounds();
        FitView.Fit small = FitView.fit(bounds, 850, 250);
        assertTrue(small.scale() * FitView.SMALLEST_TEXT >= 10, "scale " + small.scale());
        FitView.Fit big = FitView.fit(bounds, 4000, 3000);
        assertTrue(big.scale() > 1, "a big window shows it whole and larger");
        assertEquals((4000 - bounds.w() * big.scale()) / 2 - bounds.x() * big.scale(), big.panX(), 1e-9, "centred");
    }
}
