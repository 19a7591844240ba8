package org.journeyworkbench.engine;

import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.inputs.Inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {
    private final JourneyModel barnet = Samples.barnet();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "stages.arrest.unitCost, 1930",
            "transitions.callout-arrest.rate, 0.5",
            "targetGroups.asb.cases, 56",
            "targetGroups.asb.rates.arrest-cps, 0.45",
            "targetGroups.short-custody.unitCosts.custody, 8400",
            "initiatives.iac.takeUp, 20",
            "initiatives.personalisation.reoffending.reduction, 0.2",
            "initiatives.personalisation.runningCosts.officers.unitCost, 48675",
            "initiatives.personalisation.runningCosts.officers.quantity, 2",
            "initiatives.njp.setUpCosts.facilitators.unitCost, 69000",
            "initiatives.njp.enabled, 1",
            "targetGroups.asb.unitCosts.custody, 19000"})
    void readsEveryKindOfAddress(String address, double expected) {
        assertEquals(expected, Inputs.get(barnet, address), 1e-9);
    }

    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource({
            "stages.arrest.unitCost, 2000",
            "transitions.callout-arrest.rate, 0.25",
            "targetGroups.asb.cases, 70",
            "targetGroups.asb.rates.arrest-cps, 0.5",
            "targetGroups.asb.unitCosts.custody, 20000",
            "initiatives.iac.takeUp, 15",
            "initiatives.personalisation.reoffending.repeatJourneysPerCase, 1.5",
            "initiatives.personalisation.setUpCosts.budgets-setup.quantity, 2",
            "initiatives.njp.enabled, 0"})
    void setThenGetGivesTheValueBack(String address, double value) {
        JourneyModel changed = Inputs.set(barnet, address, value);
        assertEquals(value, Inputs.get(changed, address), 1e-9);
        assertEquals(Samples.barnet(), barnet, "the original model is unchanged");
    }

    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            stages.arrest.unitCost              | -5   | a cost cannot be negative
            transitions.callout-arrest.rate     | 1.5  | a rate must be between 0% and 100% (it is 150%)
            targetGroups.asb.cases              | -1   | a number of cases cannot be negative
            stages.nowhere.unitCost             | 1    | there is no stage with id "nowhere"
            stages.arrest.colour                | 1    | is not an input address
            initiatives.njp.reoffending.reduction | 0.1 | has no reduced reoffending
            initiatives.njp.enabled             | 0.5  | must be 1 (on) or 0 (off)
            nonsense                            | 1    | is not an input address
            """)
    void aBadAddressOrValueIsRefusedNamingTheAddress(String address, double value, String message) {
        ModelException e = assertThrows(ModelException.class, () -> Inputs.set(barnet, address, value));
        assertEquals(address, e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void listsEveryInputOnceWithAnAddressThatWorks() {
        List<Input> inputs = Inputs.list(barnet);
        assertEquals(inputs.size(), new HashSet<>(inputs.stream().map(Input::address).toList()).size());
        for (Input input : inputs) {
            assertEquals(input.value(), Inputs.get(barnet, input.address()), 1e-9, input.address());
        }
        // 8 unit costs, 5 rates, 5 groups' cases + 11 overrides, 5 take-ups, 2 reoffending, 7 cost lines x2;
        // each initiative's switch, deadweight, 2 optimism biases and 3 profiles over 5 years; the appraisal's
        // period, 6 discount bands and 2 optimism biases.
        assertEquals(8 + 5 + 5 + 11 + 5 + 2 + 2 * 7 + 5 * (1 + 1 + 2 + 3 * 5) + (1 + 6 + 2), inputs.size());
    }

    @Test
    void ratesAreListedAsRatesAndCostsAsMoney() {
        Input rate = Inputs.list(barnet).stream().filter(i -> i.address().equals("transitions.callout-arrest.rate"))
                .findFirst().orElseThrow();
        assertEquals(InputKind.RATE, rate.kind());
        assertEquals("% of call-outs arrested", rate.label());
    }
}
