package org.journeyworkbench.engine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.engine.validation.ProvenanceWarning.Kind;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/** Every provenance warning is raised by a model built to raise it, and by nothing in a clean one. */
class ProvenanceChecksTest {
    private final JourneyModel barnet = Samples.barnet();

    private static List<ProvenanceWarning> check(JourneyModel m) {
        return ProvenanceChecks.check(m, Deflator.bundled(), UnitCostLibrary.starter(), 10);
    }

    private JourneyModel arrest(UnaryOperator<Provenance> change) {
        return barnet.withStage("arrest", s -> s.withProvenance(change.apply(s.provenance())));
    }

    /** The only warning is of {@code kind}, about {@code address}; returns its message. */
    private static String only(JourneyModel m, Kind kind, String address) {
        List<ProvenanceWarning> w = check(m);
        assertEquals(1, w.size(), w.toString());
        assertEquals(kind, w.get(0).kind(), w.toString());
        assertEquals(address, w.get(0).address());
        return w.get(0).message();
    }

    @Test
    void theSamplesAreClean() {
        assertEquals(List.of(), check(barnet));
        assertEquals(List.of(), check(Samples.tameside()));
    }

    @Test
    void aCostWithNoSource() {
        assertEquals("Arrest unit cost (stages.arrest.unitCost): no source is given",
                only(arrest(p -> p.withSource("")), Kind.COST_WITHOUT_SOURCE, "stages.arrest.unitCost"));
        JourneyModel line = barnet.withInitiative("personalisation", i -> i.withRunningCosts(i.runningCosts().stream()
                .map(c -> c.id().equals("officers") ? c.withSource(c.source().withSource("")) : c).toList()));
        only(line, Kind.COST_WITHOUT_SOURCE, "initiatives.personalisation.runningCosts.officers.unitCost");
    }

    @Test
    void aCostWithNoPriceYear() {
        only(arrest(p -> p.withPriceYear(PriceYear.NONE)), Kind.COST_WITHOUT_PRICE_YEAR, "stages.arrest.unitCost");
    }

    @Test
    void aPriceYearOutsideTheDeflatorTableSaysWhichYearsItCovers() {
        String m = only(arrest(p -> p.withPriceYear(PriceYear.parse("2030-31"))), Kind.NOT_UPRATED,
                "stages.arrest.unitCost");
        assertTrue(m.contains("its price year 2030-31 is outside the deflator table (it covers financial years 2000-01 to 2024-25)"),
                m);
    }

    @Test
    void theUnindexedTamesideCustodyCostIsCaught() {
        // The sample as it was: 2011 and 2012 calendar-year costs added together in a 2011-12 price base.
        JourneyModel old = ModelFiles.read(Path.of("src/test/resources/old-files/tameside-2011-unindexed.json"));
        List<ProvenanceWarning> w = check(old);
        assertTrue(w.stream().allMatch(x -> x.kind() == Kind.NOT_UPRATED), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.address().equals("stages.custody.unitCost")
                && x.message().contains("2011 is a calendar year and the price base 2011-12 a financial year")),
                w.toString());
    }

    @Test
    void noPriceBaseMeansNothingIsUprated() {
        JourneyModel none = barnet.withAppraisal(barnet.appraisal().withLabels("", "2013-14"));
        String m = only(none, Kind.NOT_UPRATED, "appraisal.priceBase");
        assertTrue(m.startsWith("The model states no price base"), m);
    }

    @Test
    void aCostOlderThanTheSetAge() {
        String m = only(arrest(p -> p.withPriceYear(PriceYear.parse("2001-02"))), Kind.OLD_COST,
                "stages.arrest.unitCost");
        assertTrue(m.contains("priced in 2001-02, 11 years before the price base 2012-13 (more than 10)"), m);
        assertEquals(List.of(), check(arrest(p -> p.withPriceYear(PriceYear.parse("2002-03")))), "10 years is not more");
        assertEquals(1, ProvenanceChecks.check(arrest(p -> p.withPriceYear(PriceYear.parse("2008-09"))),
                Deflator.bundled(), UnitCostLibrary.starter(), 3).size(), "a set age of 3");
    }

    @Test
    void gmcasRedConfidenceRating() {
        String m = only(arrest(p -> new Provenance("GMCA CR1.1", PriceYear.parse("2012-13"), "gmca-cr1-1")),
                Kind.RED_CONFIDENCE, "stages.arrest.unitCost");
        assertTrue(m.contains("GMCA rates red"), m);
        assertEquals(List.of(), check(arrest(p -> p.withLibraryId("gmca-cr7-0"))), "amber is not flagged");
    }

    @Test
    void anAllAgenciesFigureBesideTheAgenciesOwnStageCosts() {
        JourneyModel m = barnet.withStage("callout", s -> s.withProvenance(
                new Provenance("GMCA CR1.0", PriceYear.parse("2012-13"), "gmca-cr1-0")));
        List<ProvenanceWarning> w = check(m).stream().filter(x -> x.kind() == Kind.COUNTED_TWICE).toList();
        assertEquals(1, w.size(), check(m).toString());
        assertEquals("stages.callout.unitCost", w.get(0).address());
        assertTrue(w.get(0).message().contains("includes CJS response costs"), w.get(0).message());
        assertTrue(w.get(0).message().contains("Arrest (Police)"), w.get(0).message());
        // Alone in its journey, the same figure counts nothing twice.
        JourneyModel alone = m.withTransitions(m.transitions().stream().filter(t -> !t.from().equals("callout"))
                .toList());
        assertEquals(List.of(), check(alone).stream().filter(x -> x.kind() == Kind.COUNTED_TWICE).toList());
    }

    @Test
    void theSameLibraryEntryAtTwoStagesOfOneJourney() {
        JourneyModel m = barnet.withStage("callout", s -> s.withProvenance(s.provenance().withLibraryId("gmca-cr7-0")))
                .withStage("arrest", s -> s.withProvenance(s.provenance().withLibraryId("gmca-cr7-0")));
        String msg = only(m, Kind.SAME_ENTRY_TWICE, "stages.arrest.unitCost");
        assertTrue(msg.contains("\"Police call-out\" and \"Arrest\""), msg);
    }

    @Test
    void aRateOrTakeUpWithNoSource() {
        JourneyModel rate = barnet.withTransition("arrest-cps", t -> t.withSource(Provenance.NONE));
        only(rate, Kind.RATE_WITHOUT_SOURCE, "transitions.arrest-cps.rate");
        JourneyModel takeUp = barnet.withInitiative("njp", i -> i.withTakeUp(i.takeUp().withSource(Provenance.NONE)));
        only(takeUp, Kind.RATE_WITHOUT_SOURCE, "initiatives.njp.takeUp");
    }
}
