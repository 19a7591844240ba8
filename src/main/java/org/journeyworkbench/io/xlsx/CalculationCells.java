package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Expr;

/**
 * Writes the calculation's cells where {@link Places} put them: each cell's expression as a formula, with
 * the engine's value as its cached result, so the file opens with the right figures everywhere and any
 * spreadsheet that recalculates reaches the same ones.
 */
final class CalculationCells {
    private final Calculation calc;
    private final double[] values;
    final Places places;
    private final FormulaText formulas;

    CalculationCells(Calculation calc, double[] values, java.util.function.IntFunction<String> inputs) {
        this.calc = calc;
        this.values = values;
        this.places = new Places(calc.program().cellCount());
        this.formulas = new FormulaText(places, inputs, year -> DeflatorSheet.lookup(calc.deflator(), year));
    }

    void write(SheetWriter w, int r, int c, int cell, CellStyle style) {
        if (cell < 0) {
            return;
        }
        Expr e = calc.program().cell(cell);
        w.formula(r, c, formulas.write(e, w.sheet.getSheetName()), cached(cell), style);
    }

    /** A formula that shows a cell of this calculation from elsewhere ("='Option 2'!$D$40"), with its value cached. */
    void writeReference(SheetWriter w, int r, int c, int cell, CellStyle style) {
        w.formula(r, c, places.ref(cell, w.sheet.getSheetName()), cached(cell), style);
    }

    private Object cached(int cell) {
        Expr e = calc.program().cell(cell);
        double v = values[calc.index(cell)];
        if (e instanceof Expr.Band b) {
            return Double.isNaN(v) ? "none" : b.labels().get((int) v);
        }
        if (Double.isNaN(v)) {
            return e instanceof Expr.IfNonNegative ? "" : "none";
        }
        return v;
    }

    /** The engine's value of a cell. */
    double value(int cell) {
        return values[calc.index(cell)];
    }
}
