package org.journeyworkbench.engine.calc;

import java.util.List;

/**
 * The calculation as lines of cells, each cell an {@link Expr} over input slots and earlier cells: what the
 * engine evaluates and what the workbook writes, formula for formula.
 */
public final class Program {
    private final List<Line> lines;
    private final List<Expr> cells;
    private final int firstYearCells;

    Program(List<Line> lines, List<Expr> cells, int firstYearCells) {
        this.lines = List.copyOf(lines);
        this.cells = List.copyOf(cells);
        this.firstYearCells = firstYearCells;
    }

    public List<Line> lines() {
        return lines;
    }

    public Expr cell(int cell) {
        return cells.get(cell);
    }

    public int cellCount() {
        return cells.size();
    }

    List<Expr> cells() {
        return cells;
    }

    /** The cells before this number give the first year (the slides' table); the rest are the appraisal. */
    public int firstYearCells() {
        return firstYearCells;
    }
}
