package org.journeyworkbench.ui.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.uncertainty.Metric;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.testing.Samples;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.junit.jupiter.api.Test;

/** The sensitivity tab's logic in plain JUnit: the tornado follows the document, the metric and the swing. */
class SensitivityViewModelTest {
    private static final String ARREST = "stages.arrest.unitCost";
    /** Barnet's CPS prosecution cost (£500) has no range in the sample, so it is swung by ± the swing. */
    private static final String CPS = "stages.cps.unitCost";
    private final WorkbenchDocument doc = new WorkbenchDocument(Samples.barnet(), null);
    private final SensitivityViewModel model = new SensitivityViewModel(doc);

    private Tornado.Bar bar(String address) {
        return model.tornado().bars().stream().filter(b -> b.address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void theTornadoIsRankedWidestFirstAndSaysTheNpvInPounds() {
        Tornado t = model.tornado();
        assertEquals("NPV", t.metric());
        assertEquals("£1,852,931", t.base());
        List<Tornado.Bar> bars = t.bars();
        assertTrue(bars.size() > 10);
        for (int k = 1; k < bars.size(); k++) {
            assertTrue(money(bars.get(k - 1).swing()) >= money(bars.get(k).swing()), bars.get(k).label());
        }
    }

    @Test
    void anInputWithoutARangeIsSwungByTwentyPercentAndItsEndsAreTheEnginesFigures() {
        model.choose(MetricChoice.find(model.metricsProperty().get(), Metric.year1()));
        Tornado.Bar cps = bar(CPS);
        assertFalse(cps.fromRange());
        assertEquals("£400", cps.low());
        assertEquals("£600", cps.high());
        double atLow = Engine.compute(Inputs.set(Samples.barnet(), CPS, 400)).netSystemSaving();
        double atHigh = Engine.compute(Inputs.set(Samples.barnet(), CPS, 600)).netSystemSaving();
        assertEquals(Money.format(atLow), cps.atLow());
        assertEquals(Money.format(atHigh), cps.atHigh());
        // The net saving is a straight line in the CPS cost: it crosses zero where the slope says.
        double slope = (atHigh - atLow) / 200;
        double switching = 500 - 166_604.40 / slope;
        assertEquals(switching > 0 ? Money.format(switching) : "none within the input's valid range",
                cps.switchingValue());
        assertTrue(cps.tooltip("First-year net saving").contains("Switching value"));
    }

    @Test
    void aRangeIsSwungOverItsP10ToP90AndTheTornadoFollowsEdits() {
        new RangeEntry(doc, ARREST, "Arrest unit cost", org.journeyworkbench.engine.inputs.InputKind.MONEY)
                .commit("1,000 to 3,000");
        Tornado.Bar arrest = bar(ARREST);
        assertTrue(arrest.fromRange());
        assertEquals("£1,200", arrest.low());
        assertEquals("£2,800", arrest.high());
        doc.undo();
        // The sample's triangle(1,500, 1,930, 2,500): P10 = 1,500 + sqrt(0.1 × 1,000 × 430) = 1,707.36.
        assertEquals("£1,707", bar(ARREST).low());
    }

    @Test
    void aSwingThatCannotBeTakenIsRefusedNamingTheFieldAndTheLastGoodOneStays() {
        assertFalse(model.setSwing("150%"));
        assertEquals("Swing: a rate must be between 0% and 100%; still ±20%", model.problemProperty().get());
        assertFalse(model.setSwing("0%"));
        assertEquals("Swing: must be above 0% and at most 100%; still ±20%", model.problemProperty().get());
        assertEquals("20%", model.swingTextProperty().get());
        assertTrue(model.setSwing("10%"));
        assertEquals("", model.problemProperty().get());
        assertEquals("£450", bar(CPS).low());
    }

    @Test
    void anAgencysNpvCanBeChosen() {
        MetricChoice police = model.metricsProperty().get().stream()
                .filter(c -> c.label().equals("NPV to Police")).findFirst().orElseThrow();
        model.choose(police);
        assertEquals("NPV to Police", model.tornado().metric());
    }

    @Test
    void clickingAnInputSelectsItsItemOnTheCanvas() {
        model.select(ARREST);
        assertEquals(new Selection(Selection.Kind.STAGE, "arrest"), doc.selectionProperty().get());
        model.select("transitions.arrest-cps.rate");
        assertEquals(new Selection(Selection.Kind.TRANSITION, "arrest-cps"), doc.selectionProperty().get());
        model.select("targetGroups.asb.cases");
        assertEquals(new Selection(Selection.Kind.TARGET_GROUP, "asb"), doc.selectionProperty().get());
        model.select("initiatives.njp.takeUp");
        assertEquals(new Selection(Selection.Kind.INITIATIVE, "njp"), doc.selectionProperty().get());
        assertNull(InputSelection.of("appraisal.discountRates.0.rate"));
    }

    private static double money(String text) {
        boolean negative = text.startsWith("(");
        double v = Double.parseDouble(text.replaceAll("[^0-9.]", ""));
        return negative ? -v : v;
    }
}
