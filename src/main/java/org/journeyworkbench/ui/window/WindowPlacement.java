package org.journeyworkbench.ui.window;

import java.util.List;
import org.journeyworkbench.ui.window.WindowSettings.Box;

/**
 * Where the window opens: sized to the screen on a first start, where it was left otherwise, and always
 * somewhere the user can reach it. A window remembered on a screen that is no longer attached (a projector
 * unplugged) comes back onto the primary screen at its remembered size, made to fit.
 */
public final class WindowPlacement {
    /** How much of the title bar must be on a screen for the window to count as reachable there. */
    private static final double REACHABLE_WIDTH = 120;
    private static final double REACHABLE_HEIGHT = 40;
    /** On a large screen a first start leaves a margin; on a small one (a projector) it takes all of it. */
    private static final double ROOMY_WIDTH = 1600;
    private static final double ROOMY_HEIGHT = 1000;
    private static final double ROOMY_SHARE = 0.9;

    private WindowPlacement() {
    }

    /**
     * @param saved   what was remembered ({@link WindowSettings#firstStart()} if nothing)
     * @param screens the usable area of every attached screen (without task bars)
     * @param primary the primary screen's usable area
     * @return the window's bounds; a remembered maximised state is kept in {@code saved}
     */
    public static Box place(WindowSettings saved, List<Box> screens, Box primary) {
        if (!saved.remembered()) {
            return firstStart(primary);
        }
        Box b = saved.bounds();
        Box home = screens.stream().filter(s -> reachable(b, s)).findFirst().orElse(null);
        if (home == null) {
            Box sized = fitted(b.width(), b.height(), primary);
            return centred(sized.width(), sized.height(), primary);
        }
        Box sized = fitted(b.width(), b.height(), home);
        double x = Math.min(Math.max(b.x(), home.x()), home.maxX() - sized.width());
        double y = Math.min(Math.max(b.y(), home.y()), home.maxY() - sized.height());
        return new Box(x, y, sized.width(), sized.height());
    }

    /** The whole screen on a small one; most of it, centred, on a large one. */
    static Box firstStart(Box screen) {
        boolean roomy = screen.width() >= ROOMY_WIDTH && screen.height() >= ROOMY_HEIGHT;
        double w = roomy ? Math.round(screen.width() * ROOMY_SHARE) : screen.width();
        double h = roomy ? Math.round(screen.height() * ROOMY_SHARE) : screen.height();
        return centred(w, h, screen);
    }

    /** Whether enough of the window's top edge is on this screen to grab it and move it. */
    private static boolean reachable(Box window, Box screen) {
        Box titleBar = new Box(window.x(), window.y(), window.width(), REACHABLE_HEIGHT);
        double need = Math.min(REACHABLE_WIDTH, window.width()) * Math.min(REACHABLE_HEIGHT, window.height());
        return titleBar.overlap(screen) >= need;
    }

    /** The size asked for, no larger than the screen and no smaller than the minimum unless the screen is. */
    private static Box fitted(double width, double height, Box screen) {
        double w = Math.min(Math.max(width, WindowSettings.MIN_WIDTH), screen.width());
        double h = Math.min(Math.max(height, WindowSettings.MIN_HEIGHT), screen.height());
        return new Box(0, 0, w, h);
    }

    private static Box centred(double w, double h, Box screen) {
        return new Box(screen.x() + Math.floor((screen.width() - w) / 2),
                screen.y() + Math.floor((screen.height() - h) / 2), w, h);
    }
}
