package org.journeyworkbench.cli;

/**
 * Text from a model made safe for a terminal: control characters (an escape sequence in a stage's name
 * could clear the screen or recolour it) and the right-to-left controls that reorder a line are shown
 * escaped, \u001b, and only line breaks pass through.
 */
final class Terminal {
    private Terminal() {
    }

    static String safe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (control) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Right-to-left overrides and isolates reorder what follows them on screen (a name could hide text). */
    private static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
