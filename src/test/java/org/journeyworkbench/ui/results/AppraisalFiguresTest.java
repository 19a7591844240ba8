package org.journeyworkbench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words and figures the results show for the appraisal, in plain JUnit. */
class AppraisalFiguresTest {
    private static AppraisalFigures of(JourneyModel m) {
        return AppraisalFigures.of(Engine.compute(m).appraisal(), m.appraisal(), "Base case");
    }

    @Test
    void barnetsFiguresAndCaptions() {
        AppraisalFigures f = of(Samples.barnet());
        assertEquals("£1,852,931", f.npv());
        assertEquals("NPV over 5 years · 3.5%", f.npvCaption());
        assertEquals("Base case · 2012-13 prices", f.npvNote());
        assertEquals("1.63", f.bcr());
        assertEquals("BCR · Medium value for money", f.bcrCaption());
        assertEquals("£4,812,591 ÷ £2,959,660", f.bcrNote());
        assertEquals("Pays back in 2013-14 (year 0)", f.payback());
        assertFalse(f.npvNegative());
        assertFalse(f.poorValue());
    }

    @Test
    void aLongPeriodNamesEveryDiscountRateThatApplies() {
        JourneyModel m = Inputs.set(Samples.barnet(), "appraisal.years", 40);
        assertEquals("NPV over 40 years · 3.5%, 3% from year 31", of(m).npvCaption());
        assertEquals("NPV over 1 year · 3.5%", of(Inputs.set(m, "appraisal.years", 1)).npvCaption());
    }

    @Test
    void noCostsMeansNoBcrSaidInWords() {
        AppraisalFigures f = AppraisalFigures.of(appraisal(List.of(100.0, 50.0), 0, null, 0), Appraisal.defaults(),
                "Base case");
        assertEquals("none", f.bcr());
        assertEquals("BCR · nothing is spent over the period", f.bcrCaption());
    }

    @Test
    void aSchemeThatNeverPaysBackSaysSoAndShowsRed() {
        AppraisalResult a = appraisal(List.of(-500.0, -300.0, -100.0), 2_000, 0.4, null);
        AppraisalFigures f = AppraisalFigures.of(a, Appraisal.defaults(), "Slow");
        assertEquals("Does not pay back within 3 years", f.payback());
        assertEquals("(£100)", f.npv());
        assertEquals("0.40", f.bcr());
        assertEquals("BCR · Poor value for money", f.bcrCaption());
        assertTrue(f.npvNegative());
        assertTrue(f.poorValue());
        assertEquals("Slow", f.npvNote(), "no price base, no mention of one");
    }

    @Test
    void paybackWithoutAFirstYearLabelNamesTheYearOnly() {
        AppraisalResult a = appraisal(List.of(-500.0, -100.0, 200.0), 1_000, 1.2, 2);
        assertEquals("Pays back in year 2", AppraisalFigures.payback(a));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2.4149, 2.41", "1.005, 1.01", "0, 0.00", "1234.5, '1,234.50'"})
    void ratiosToTwoPlaces(double v, String expected) {
        assertEquals(expected, AppraisalFigures.ratio(v));
    }

    /** An appraisal with the given cumulative discounted net by year, labelled "Year N". */
    private static AppraisalResult appraisal(List<Double> cumulative, double pvCosts, Double bcr, Integer payback) {
        List<AppraisalResult.AppraisalYear> years = new ArrayList<>();
        for (int t = 0; t < cumulative.size(); t++) {
            years.add(new AppraisalResult.AppraisalYear(t, "Year " + t, 0, 0, 0, 1, 0, cumulative.get(t), 0, 0, 0,
                    0, 0, null, null));
        }
        double npv = cumulative.get(cumulative.size() - 1);
        String vfm = bcr == null ? null : bcr < 1 ? "Poor" : "Low";
        return new AppraisalResult("", "", years, npv + pvCosts, pvCosts, npv, bcr, payback, vfm, List.of());
    }
}
