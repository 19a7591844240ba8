package org.journeyworkbench.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.journeyworkbench.ui.window.WindowSettings.Box;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Box PROJECTOR = new Box(0, 0, 1280, 720);
    private static final Box LARGE = new Box(0, 0, 1920, 1080);
    private static final Box LAPTOP = new Box(0, 0, 1440, 900);

    private static WindowSettings at(double x, double y, double w, double h) {
        return WindowSettings.firstStart().withBounds(new Box(x, y, w, h), false);
    }

    @Test
    void aFirstStartOnAProjectorTakesTheWholeScreen() {
        assertEquals(PROJECTOR, WindowPlacement.place(WindowSettings.firstStart(), List.of(PROJECTOR), PROJECTOR));
    }

    @Test
    void aFirstStartOnALargeScreenTakesNineTenthsOfItCentred() {
        assertEquals(new Box(96, 54, 1728, 972),
                WindowPlacement.place(WindowSettings.firstStart(), List.of(LARGE), LARGE));
    }

    @Test
    void aRememberedWindowOpensWhereItWasLeft() {
        assertEquals(new Box(50, 40, 1200, 700), WindowPlacement.place(at(50, 40, 1200, 700), List.of(LARGE), LARGE));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackOntoThePrimaryScreenMadeToFit() {
        // Left on a second screen to the right of the laptop; the projector has been unplugged since.
        WindowSettings onSecond = at(1440 + 100, 80, 1800, 1000);
        assertEquals(new Box(0, 0, 1440, 900), WindowPlacement.place(onSecond, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowStillOnItsSecondScreenStaysThere() {
        Box second = new Box(1440, 0, 1920, 1080);
        assertEquals(new Box(1540, 80, 1600, 900),
                WindowPlacement.place(at(1540, 80, 1600, 900), List.of(LAPTOP, second), LAPTOP));
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledBackOntoTheScreen() {
        assertEquals(new Box(1920 - 1300, 1080 - 800, 1300, 800),
                WindowPlacement.place(at(1000, 500, 1300, 800), List.of(LARGE), LARGE));
    }

    @Test
    void aRememberedSizeIsNeverBelowTheMinimumNorAboveTheScreen() {
        assertEquals(new Box(10, 10, 1024, 640), WindowPlacement.place(at(10, 10, 400, 300), List.of(LARGE), LARGE));
        assertEquals(new Box(0, 0, 1280, 720), WindowPlacement.place(at(0, 0, 1900, 1000), List.of(PROJECTOR),
                PROJECTOR));
    }
}
