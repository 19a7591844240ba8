package org.journeyworkbench.ui;

import java.util.Map;

/**
 * Whether the window can open here. On Linux and the other X11/Wayland systems a window needs DISPLAY or
 * WAYLAND_DISPLAY; without either JavaFX throws a 15-line trace, so the launcher says it in one line first.
 */
final class DisplayCheck {
    static final String HINT = "use a command instead, e.g. java -jar journey-workbench.jar compute MODEL.json "
            + "(see --help)";

    private DisplayCheck() {
    }

    /** The one-line message when no display can be reached, or null when the window may try to open. */
    static String problem(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return "The window needs a display and there is none here (DISPLAY is not set); " + HINT + ".";
        }
        return null;
    }

    static boolean isDisplayFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toUpperCase(java.util.Locale.ROOT).contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    static String launchFailed(Throwable e) {
        if (isDisplayFailure(e)) {
            return "The window could not open a display (is DISPLAY right, and the display running?); " + HINT + ".";
        }
        String what = e.getMessage() == null || e.getMessage().isBlank() ? "the window could not start"
                : e.getMessage().replaceAll("\\R", " ");
        return "Unexpected error (please report it): " + what;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
