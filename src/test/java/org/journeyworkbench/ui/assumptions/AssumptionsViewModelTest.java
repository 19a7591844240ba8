package org.journeyworkbench.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssumptionsViewModelTest {
    private final List<Input> inputs = Inputs.list(Samples.barnet());

    @Test
    void groupsByHeadingInTheModelsOrder() {
        Map<String, List<Input>> sections = AssumptionsViewModel.sections(inputs, "");
        assertEquals(List.of("Unit costs", "Conversion rates"), sections.keySet().stream().limit(2).toList());
        assertTrue(sections.containsKey("Initiative: (5) Personalisation"));
        assertEquals(inputs.stream().filter(AssumptionsViewModel::hasSlider).count(),
                sections.values().stream().mapToInt(List::size).sum());
        assertTrue(sections.containsKey("Appraisal"));
    }

    @ParameterizedTest(name = "\"{0}\" keeps {1} inputs")
    @CsvSource({"arrest, 10", "ARREST, 10", "personalisation, 12", "budgets, 4", "nothing like this, 0",
            "'  ', 74", "deadweight, 5", "discount, 6"})
    // "arrest": its unit cost, three arrows and their overrides in two target groups; "personalisation": its
    // take-up, reoffending (2), three cost lines (6), deadweight and optimism bias (3); all: 50 inputs of the
    // journey, 5 × 3 appraisal inputs of the initiatives, the appraisal's 9.
    void filtersByLabelHeadingOrAddressIgnoringCase(String filter, int expected) {
        assertEquals(expected, AssumptionsViewModel.sections(inputs, filter).values().stream()
                .mapToInt(List::size).sum());
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource({"1930.4, MONEY, 1930", "0.45049, RATE, 0.45", "55.6, COUNT, 56"})
    void snapsASliderToWhatAPersonWouldType(double v, InputKind kind, double expected) {
        assertEquals(expected, AssumptionsViewModel.snap(v, kind), 1e-12);
    }

    @Test
    void findsTheInitiativeOfASection() {
        var section = AssumptionsViewModel.sections(inputs, "").get("Initiative: (4) Intensive Alternatives to Custody");
        assertEquals("iac", AssumptionsViewModel.initiativeOf(section));
    }

    @Test
    void byInitiativePutsEveryInitiativesInputsFirst() {
        Map<String, List<Input>> sections = AssumptionsViewModel.sections(Samples.barnet(), inputs, "",
                AssumptionsViewModel.Grouping.INITIATIVE);
        assertEquals(List.of("Initiative: (1) Neighbourhood Justice Panels", "Initiative: (2) Community Coaches",
                "Initiative: (3) Conditional Cautions", "Initiative: (4) Intensive Alternatives to Custody",
                "Initiative: (5) Personalisation", "Unit costs"), sections.keySet().stream().limit(6).toList());
        assertEquals(74, sections.values().stream().mapToInt(List::size).sum(), "every input once");
    }

    @Test
    void byTargetGroupFollowsEachGroupWithTheInitiativesAimedAtIt() {
        Map<String, List<Input>> sections = AssumptionsViewModel.sections(Samples.barnet(), inputs, "",
                AssumptionsViewModel.Grouping.TARGET_GROUP);
        List<String> headings = List.copyOf(sections.keySet());
        assertEquals("Target group: ASB perpetrators and low-level offenders", headings.get(0));
        assertEquals("Initiative: (1) Neighbourhood Justice Panels", headings.get(1));
        int coaches = headings.indexOf("Initiative: (2) Community Coaches");
        assertEquals("Target group: Individuals at risk of offending", headings.get(coaches - 1));
        assertEquals(74, sections.values().stream().mapToInt(List::size).sum(), "every input once");
    }

    @Test
    void byKindLabelsEachInputWithWhatItBelongsTo() {
        Map<String, List<Input>> sections = AssumptionsViewModel.sections(Samples.barnet(), inputs, "",
                AssumptionsViewModel.Grouping.KIND);
        assertEquals(List.of("Costs (£)", "Rates and shares", "Numbers of cases", "Multipliers", "Years"),
                List.copyOf(sections.keySet()));
        assertEquals("Journey: Arrest unit cost", sections.get("Costs (£)").stream()
                .filter(i -> i.address().equals("stages.arrest.unitCost")).findFirst().orElseThrow().label());
        assertTrue(sections.get("Numbers of cases").stream().anyMatch(i -> i.label()
                .equals("ASB perpetrators and low-level offenders: Cases a year")));
        assertEquals(74, sections.values().stream().mapToInt(List::size).sum(), "every input once");
    }

    @Test
    void theFilterStillAppliesWhateverTheGrouping() {
        for (AssumptionsViewModel.Grouping g : AssumptionsViewModel.Grouping.values()) {
            assertEquals(10, AssumptionsViewModel.sections(Samples.barnet(), inputs, "arrest", g).values().stream()
                    .mapToInt(List::size).sum(), g.toString());
        }
    }
}
