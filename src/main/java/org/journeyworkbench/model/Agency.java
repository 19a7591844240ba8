package org.journeyworkbench.model;

/** Who pays a cost or receives a saving (Police, CPS, Court, ...), with its display colour. */
public record Agency(String id, String name, String colour) {
    public Agency {
        Checks.id("agency id", id);
        name = Checks.text("agencies[" + id + "].name", name);
        colour = colour == null || colour.isBlank() ? "#808080" : colour;
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new ModelException("agencies[" + id + "].colour",
                    "\"" + colour + "\" is not a colour: write it as #RRGGBB, for example #1F4E9C");
        }
    }
}
