package org.journeyworkbench.ui.workshop;

/**
 * An option as a card in workshop mode: the number key that shows it, its name, NPV, first-year net saving
 * and difference from the base case, and whether it is the one being shown.
 */
public record OptionCard(int key, String name, String npv, String year1NetSaving, String change, boolean showing) {
    /** A node id for the card. */
    public String id() {
        return "workshopOption-" + key;
    }
}
