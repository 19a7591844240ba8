package org.journeyworkbench.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journeyworkbench.engine.inputs.InputKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SliderRangeTest {
    @ParameterizedTest(name = "{1} {0} -> 0..{2}")
    @CsvSource({"1930, MONEY, 5000", "542, MONEY, 2000", "19000, MONEY, 50000", "0, MONEY, 1000",
            "56, COUNT, 200", "200, COUNT, 500", "1, COUNT, 10", "0.45, RATE, 1", "0.9, RATE, 1"})
    void offersARangeWithTheValueInsideAndRoomEitherSide(double value, InputKind kind, double max) {
        SliderRange r = SliderRange.around(value, kind);
        assertEquals(0, r.min());
        assertEquals(max, r.max(), 1e-9);
        assertTrue(r.contains(value));
        assertTrue(kind == InputKind.RATE || r.max() >= 2 * value, "room to double the value");
    }
}
