package org.journeyworkbench.cli;

/**
 * Text from a model made safe for a terminal: control characters (an escape sequence in a stage's name
 * could clear the screen or recolour it) are shown escaped, \u001b, and only line breaks pass through.
 */
final class Terminal {
    private Terminal() {
    }

    static String safe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f);
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
}
