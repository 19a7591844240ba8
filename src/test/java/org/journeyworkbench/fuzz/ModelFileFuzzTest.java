package org.journeyworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * Whatever bytes a model file holds, reading it either gives a model the engine can compute, or a
 * {@link ModelException} (our documented error type): never anything else. A model that loads also
 * saves and loads again unchanged. {@code mvn verify} replays the committed inputs under
 * {@code src/test/resources/org/journeyworkbench/fuzz/ModelFileFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ModelFileFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void readingAnyBytesGivesAModelOrOurError(byte[] bytes) {
        JourneyModel model;
        try {
            model = ModelFiles.read(new ByteArrayInputStream(bytes), "fuzz.json");
        } catch (ModelException expected) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(model, ModelFiles.parse(ModelFiles.toJson(model), "again.json"));
        computeOrOurError(model, Scenario.base());
        for (Scenario s : model.scenarios()) {
            computeOrOurError(model, s);
        }
    }

    private static void computeOrOurError(JourneyModel model, Scenario scenario) {
        try {
            Engine.compute(model, scenario);
        } catch (ModelException expected) {
            // e.g. a formula dividing by zero: reported in plain words
        }
    }
}
