package org.journeyworkbench.model;

/**
 * A named term of the Level 1 formula. Names may start with a digit ("1A", "4AB"), as the slides have them.
 *
 * @param value only for {@link Measure#CONSTANT}: the figure itself
 */
public record Level1Term(String name, String label, Measure measure, double value) {
    public Level1Term {
        if (name == null || !name.matches("[0-9]*[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ModelException("level1.terms", "\"" + name
                    + "\" is not a term name: use letters and digits with at least one letter, like 1A or 4AB");
        }
        label = Checks.optionalText(label);
        if (measure == null) {
            throw new ModelException("level1.terms[" + name + "].measure", "is required");
        }
        Checks.finite("level1.terms[" + name + "].value", value);
    }
}
