package org.journeyworkbench.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileViewModelTest {
    @Test
    void yearsAreLabelledFromTheModelsFirstYear() {
        Appraisal barnet = Samples.barnet().appraisal();
        assertEquals(List.of("2013-14", "2014-15", "2015-16", "2016-17", "2017-18"),
                ProfileViewModel.yearLabels(barnet, 5));
        assertEquals(List.of("Year 0", "Year 1"), ProfileViewModel.yearLabels(Appraisal.defaults(), 2));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"TAKE_UP, 0, initiatives.coaches.profile.takeUp.0",
            "RUNNING_COSTS, 3, initiatives.coaches.profile.runningCosts.3",
            "SET_UP_COSTS, 1, initiatives.coaches.profile.setUpCosts.1"})
    void eachCellEditsItsInputAddress(Profile.Kind kind, int year, String address) {
        assertEquals(address, ProfileViewModel.address("coaches", kind, year));
        assertEquals(Profile.Kind.TAKE_UP.label(), "Take-up");
        // The address is one the model knows: reading it gives the flat profile's value.
        double expected = kind == Profile.Kind.SET_UP_COSTS && year > 0 ? 0 : 1;
        assertEquals(expected, Inputs.get(Samples.barnet(), address));
    }

    @Test
    void undoLabelsAndMessagesNameTheRowAndTheYear() {
        assertEquals("Change take-up profile, 2014-15", ProfileViewModel.undoLabel(Profile.Kind.TAKE_UP, "2014-15"));
        assertEquals("Set-up costs, Year 2: must be between 0% and 1,000%; still 0%",
                ProfileViewModel.problem(Profile.Kind.SET_UP_COSTS, "Year 2", "must be between 0% and 1,000%", "0%"));
        assertEquals("inspector-profile-runningCosts-4", ProfileViewModel.fieldId(Profile.Kind.RUNNING_COSTS, 4));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"5, 5", "0, 1", "1e9, 500", "3.0, 3"})
    void thePeriodShownIsAWholeNumberOfYearsInRange(double value, int expected) {
        assertEquals(expected, ProfileViewModel.years(value));
    }
}
