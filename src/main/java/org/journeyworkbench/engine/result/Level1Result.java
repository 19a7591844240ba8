package org.journeyworkbench.engine.result;

import java.util.List;

/** The Level 1 formula as the model states it, each term's value, and the net system saving. */
public record Level1Result(String formula, List<TermValue> terms, double netSystemSaving) {
    public Level1Result {
        terms = List.copyOf(terms);
    }

    public double term(String name) {
        return terms.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().value();
    }
}
