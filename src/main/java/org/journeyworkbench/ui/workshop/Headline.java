package org.journeyworkbench.ui.workshop;

/**
 * The four figures workshop mode shows in large type: the first-year net saving, the NPV, the BCR, and the
 * change in NPV from the base case (or, while the base case itself is being edited, since the session
 * began). Texts formatted for the room; the negative ones flagged so the view can colour them.
 */
public record Headline(String netSaving, boolean netSavingNegative, String npv, boolean npvNegative, String bcr,
                       String valueForMoney, String changeCaption, String change, boolean changeNegative) {
    public static Headline empty() {
        return new Headline("", false, "", false, "", "", "Change", "", false);
    }
}
