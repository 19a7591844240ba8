package org.journeyworkbench.engine;

import org.journeyworkbench.engine.result.InitiativeResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.SummaryRow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.journeyworkbench.model.Money;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled Barnet sample reproduces every cell of the slides' Cost/Benefit Summary, computed from its
 * inputs. The expected cells are the slides' printed figures (whole pounds, brackets negative).
 */
class BarnetSummaryTest {
    private static Result result;

    @BeforeAll
    static void compute() {
        result = Engine.compute(Samples.barnet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police    | £357,871   | (£98,400)  | £259,471   | (£46,000)  | £213,471
            CPS       | £126,260   | £0         | £126,260   | £0         | £126,260
            Probation | £0         | (£397,350) | (£397,350) | (£5,000)   | (£402,350)
            Court     | £193,935   | £0         | £193,935   | £0         | £193,935
            Prison    | £351,788   | £0         | £351,788   | £0         | £351,788
            TBC       | £0         | (£75,000)  | (£75,000)  | (£241,500) | (£316,500)
            Total     | £1,029,854 | (£570,750) | £459,104   | (£292,500) | £166,604
            """)
    void everyCellMatchesTheSlides(String agency, String saving, String cost, String impact, String setUp,
                                   String year1) {
        SummaryRow row = agency.equals("Total") ? result.summary().total()
                : result.summary().rows().stream().filter(r -> r.agency().equals(agency)).findFirst().orElseThrow();
        assertEquals(saving, Money.format(row.annualSaving()), agency + " annual saving");
        assertEquals(cost, Money.format(row.annualCost()), agency + " annual cost");
        assertEquals(impact, Money.format(row.annualImpact()), agency + " annual impact");
        assertEquals(setUp, Money.format(row.setUpCosts()), agency + " set up costs");
        assertEquals(year1, Money.format(row.year1Impact()), agency + " year 1 impact");
    }

    @Test
    void rowsComeInTheModelsAgencyOrder() {
        assertEquals(java.util.List.of("Police", "CPS", "Probation", "Court", "Prison", "TBC"),
                result.summary().rows().stream().map(SummaryRow::agency).toList());
    }

    @Test
    void courtIsRoundedOnlyForDisplay() {
        assertEquals(193_935.36, result.summary().row("court").annualSaving(), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"1A, 945854.40", "2A, 84000.00", "3A, 570750.00", "4AB, 292500.00"})
    void level1TermsMatchTheReconstruction(String term, double expected) {
        assertEquals(expected, result.level1().term(term), 0.005);
    }

    @Test
    void netSystemSavingEqualsTheTotalYearOneImpact() {
        assertEquals(166_604.40, result.netSystemSaving(), 0.005);
        assertEquals(result.summary().total().year1Impact(), result.netSystemSaving(), 1e-6);
    }

    @ParameterizedTest(name = "{0}: police {1}, CPS {2}, court {3}, prison {4}")
    @CsvSource({
            "njp,                  41711.04,   1260.00,   1935.36,   4788.00",
            "coaches,             316160.00,  25000.00,  38400.00,  95000.00",
            "conditional-cautions,     0.00, 100000.00, 153600.00,      0.00",
            "iac,                      0.00,      0.00,      0.00, 168000.00",
            "personalisation,          0.00,      0.00,      0.00,  84000.00"})
    void eachInitiativeSavesWhatTheCalibrationSays(String id, double police, double cps, double court,
                                                   double prison) {
        InitiativeResult i = result.initiative(id);
        assertEquals(police, i.avoidedJourneyCosts().get("police") + i.reoffendingSavings().get("police"), 0.005);
        assertEquals(cps, i.avoidedJourneyCosts().get("cps") + i.reoffendingSavings().get("cps"), 0.005);
        assertEquals(court, i.avoidedJourneyCosts().get("court") + i.reoffendingSavings().get("court"), 0.005);
        assertEquals(prison, i.avoidedJourneyCosts().get("prison") + i.reoffendingSavings().get("prison"), 0.005);
    }

    @Test
    void noWarningsOnTheSample() {
        assertEquals(java.util.List.of(), result.warnings());
    }
}
