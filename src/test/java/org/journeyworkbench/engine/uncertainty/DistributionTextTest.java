package org.journeyworkbench.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ranges typed as a person says them, and written back so they read back the same. */
class DistributionTextTest {

    @Test
    void aRangeWithAMostLikelyValueIsATriangle() {
        assertEquals(new Distribution.Triangular(1500, 1930, 2500),
                DistributionText.parse("1,500 to 2,500, most likely 1,930", InputKind.MONEY));
        assertEquals(new Distribution.Triangular(1500, 1930, 2500),
                DistributionText.parse("£1,500 to £2,500 most likely £1,930", InputKind.MONEY));
    }

    @Test
    void aBareRangeIsUniform() {
        assertEquals(new Distribution.Uniform(1500, 2500), DistributionText.parse("1500-2500", InputKind.MONEY));
        assertEquals(new Distribution.Uniform(1500, 2500), DistributionText.parse("1,500 – 2,500", InputKind.MONEY));
        assertEquals(new Distribution.Uniform(0.1, 0.3), DistributionText.parse("10% to 30%", InputKind.RATE));
    }

    @Test
    void namedDistributionsTakeTheirParametersWithOrWithoutThousandsSeparators() {
        assertEquals(new Distribution.Triangular(1500, 1930, 2500),
                DistributionText.parse("triangular(1500,1930,2500)", InputKind.MONEY));
        assertEquals(new Distribution.Pert(1500, 1930, 2500),
                DistributionText.parse("PERT(£1,500, £1,930, £2,500)", InputKind.MONEY));
        assertEquals(new Distribution.Normal(1930, 200), DistributionText.parse("normal(1930, 200)", InputKind.MONEY));
        assertEquals(new Distribution.Lognormal(1930, 400),
                DistributionText.parse("lognormal(mean 1,930, sd 400)", InputKind.MONEY));
        assertEquals(new Distribution.Uniform(0.1, 0.3), DistributionText.parse("uniform(10%, 30%)", InputKind.RATE));
        assertEquals(new Distribution.Fixed(), DistributionText.parse("fixed", InputKind.MONEY));
        assertEquals(new Distribution.Fixed(), DistributionText.parse("  ", InputKind.MONEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uniform(1500, 2500)", "triangular(1500, 1930, 2500)", "pert(1500, 1930, 2500.5)",
            "normal(1930, 200)", "lognormal(1930, 400)", "fixed"})
    void formattingReadsBackTheSame(String typed) {
        Distribution d = DistributionText.parse(typed, InputKind.MONEY);
        assertEquals(d, DistributionText.parse(DistributionText.format(d, InputKind.MONEY), InputKind.MONEY));
    }

    @Test
    void ratesAreFormattedAsPercentages() {
        assertEquals("10% to 30%, most likely 20%",
                DistributionText.format(new Distribution.Triangular(0.1, 0.2, 0.3), InputKind.RATE));
        assertEquals("£1,500 to £2,500, most likely £1,930",
                DistributionText.format(new Distribution.Triangular(1500, 1930, 2500), InputKind.MONEY));
    }

    @Test
    void mistakesAreExplainedInWords() {
        ModelException e = assertThrows(ModelException.class,
                () -> DistributionText.parse("triangular(1500, 2500)", InputKind.MONEY));
        assertEquals("range", e.field());
        assertTrue(e.problem().contains("three values (low, most likely, high)"), e.problem());

        e = assertThrows(ModelException.class, () -> DistributionText.parse("about 2000", InputKind.MONEY));
        assertTrue(e.problem().contains("is not a range"), e.problem());

        e = assertThrows(ModelException.class, () -> DistributionText.parse("10 to 30", InputKind.RATE));
        assertTrue(e.problem().contains("%"), e.problem());

        e = assertThrows(ModelException.class,
                () -> DistributionText.parse("2,500 to 1,500, most likely 1,930", InputKind.MONEY));
        assertTrue(e.problem().contains("high end must be above the low end"), e.problem());

        e = assertThrows(ModelException.class, () -> DistributionText.parse("gamma(1, 2)", InputKind.MONEY));
        assertTrue(e.problem().contains("not a distribution"), e.problem());
    }

    @Test
    void inTheFunctionFormCommasSeparateValuesWhenThatGivesTheRightCount() {
        assertEquals(new Distribution.Triangular(400, 542, 700),
                DistributionText.parse("triangular(400,542,700)", InputKind.MONEY));
        assertEquals(new Distribution.Uniform(1, 500), DistributionText.parse("uniform(1,500)", InputKind.MONEY));
        assertEquals(new Distribution.Normal(1930, 200), DistributionText.parse("normal(1,930, 200)", InputKind.MONEY));
    }

    @Test
    void thousandsSeparatorsAreReadOnlyWhenPlainSplittingCannotGiveTheCount() {
        assertEquals(new Distribution.Triangular(1500, 1930, 2500),
                DistributionText.parse("triangular(1,500,1,930,2,500)", InputKind.MONEY));
        assertEquals(new Distribution.Pert(1500, 1930, 2500),
                DistributionText.parse("pert(1,500, 1,930, 2,500)", InputKind.MONEY));
        assertEquals(new Distribution.Uniform(1500, 2500), DistributionText.parse("uniform(1,500,2,500)", InputKind.MONEY));
        assertEquals(new Distribution.Triangular(1250000, 1500000, 2000000),
                DistributionText.parse("triangular(1,250,000,1,500,000,2,000,000)", InputKind.MONEY));
    }

    @Test
    void inputThatCanBeGroupedMoreThanOneWayIsRefused() {
        // 1,500 | 2 | 500 or 1 | 500 | 2,500
        ModelException e = assertThrows(ModelException.class,
                () -> DistributionText.parse("triangular(1,500,2,500)", InputKind.MONEY));
        assertEquals("range", e.field());
        assertTrue(e.problem().contains("more than one way"), e.problem());
        assertTrue(e.problem().contains("space after each comma"), e.problem());
        // a comma followed by a space separates values, so this one has a single reading
        assertEquals(new Distribution.Triangular(1, 500, 2500),
                DistributionText.parse("triangular(1, 500, 2,500)", InputKind.MONEY));
        // no reading at all: the count is said
        e = assertThrows(ModelException.class, () -> DistributionText.parse("triangular(1,50,2,60)", InputKind.MONEY));
        assertTrue(e.problem().contains("it was given 4"), e.problem());
    }
}
