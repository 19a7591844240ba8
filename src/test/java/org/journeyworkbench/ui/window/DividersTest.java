package org.journeyworkbench.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class DividersTest {
    @Test
    void bothPanelsKeepTheirWidthsInPixels() {
        assertArrayEquals(new double[] {0.1875, 0.8125}, Dividers.positions(1600, 300, 300, true, true), 1e-9);
    }

    @Test
    void aHiddenPanelHasNoDivider() {
        assertArrayEquals(new double[] {0.25}, Dividers.positions(1200, 300, 290, true, false), 1e-9);
        assertArrayEquals(new double[] {0.75}, Dividers.positions(1200, 280, 300, false, true), 1e-9);
        assertArrayEquals(new double[0], Dividers.positions(1200, 280, 300, false, false), 1e-9);
    }

    @Test
    void panelsTooWideForTheWindowGiveWayToTheMiddle() {
        // 1200 wide leaves 560 beside the middle's 640: 600 + 600 shrink to 280 + 280.
        assertArrayEquals(new double[] {280 / 1200.0, 1 - 280 / 1200.0}, Dividers.positions(1200, 600, 600, true,
                true), 1e-9);
    }

    @Test
    void atTheSmallestWindowThePanelsStopAtTheirMinimum() {
        // 1024 − 640 = 384 for two panels asking 300 + 290: 194 + 190 (the minimum).
        assertArrayEquals(new double[] {194 / 1024.0, 1 - 190 / 1024.0}, Dividers.positions(1024, 300, 290, true,
                true), 1e-9);
        assertArrayEquals(new double[] {190 / 800.0, 1 - 190 / 800.0}, Dividers.positions(800, 300, 290, true, true),
                1e-9);
    }

    @Test
    void noWidthYetNoPositions() {
        assertArrayEquals(new double[0], Dividers.positions(0, 300, 300, true, true), 1e-9);
    }
}
