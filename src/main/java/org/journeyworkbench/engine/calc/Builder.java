package org.journeyworkbench.engine.calc;

import java.util.ArrayList;
import java.util.List;

/** Collects cells and lines while a model is compiled. */
final class Builder {
    /** Sums longer than this are split into subtotal lines, so every spreadsheet formula stays short. */
    static final int MAX_TERMS = 100;
    final List<Expr> cells = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();

    int cell(Expr e) {
        cells.add(e);
        return cells.size() - 1;
    }

    void line(Line.Block block, String owner, String part, String item, int agency, int... cellsByColumn) {
        lines.add(new Line(block, owner, part, item, agency, Line.Unit.MONEY, cellsByColumn));
    }

    void line(Line.Block block, Line.Unit unit, String owner, String item, int agency, int... cellsByColumn) {
        lines.add(new Line(block, owner, "Appraisal", item, agency, unit, cellsByColumn));
    }

    /**
     * The sum of many cells as one expression; past {@link #MAX_TERMS} the terms are first added up in
     * subtotal lines labelled after {@code owner} and {@code item}.
     */
    Expr sum(List<Expr> terms, String owner, String item) {
        List<Expr> level = terms;
        while (level.size() > MAX_TERMS) {
            List<Expr> next = new ArrayList<>();
            for (int from = 0; from < level.size(); from += MAX_TERMS) {
                List<Expr> chunk = level.subList(from, Math.min(level.size(), from + MAX_TERMS));
                int c = cell(Expr.add(new ArrayList<>(chunk)));
                line(Line.Block.SUBTOTAL, owner, "Part sum", item + " (terms " + (from + 1) + " to "
                        + (from + chunk.size()) + ")", -1, -1, -1, c);
                next.add(Expr.ref(c));
            }
            level = next;
        }
        return Expr.add(level);
    }
}
