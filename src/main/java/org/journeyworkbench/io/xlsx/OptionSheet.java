package org.journeyworkbench.io.xlsx;

import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Line;

/**
 * One option's whole calculation, cell by cell, from the same compiled calculation as the Calculations,
 * Summary and Appraisal sheets, but over that option's column of Assumptions. The Options sheet reads its
 * headline figures from here, so every option in the workbook is live.
 */
final class OptionSheet {
    static final int VALUE_COLUMN = 3;

    static String sheetName(int option) {
        return "Option " + (option + 1);
    }

    /** Places every cell of the calculation on this option's sheet, one row each. */
    static void place(Calculation calc, Places places, String sheet) {
        int r = 3;
        for (Line line : calc.program().lines()) {
            for (int c : line.cells()) {
                if (c >= 0) {
                    places.put(c, sheet, r++, VALUE_COLUMN);
                }
            }
        }
    }

    static void write(SheetWriter w, Calculation calc, String option, CalculationCells cells) {
        w.text(0, 0, "The calculation of \"" + option + "\"", w.styles.title);
        w.text(1, 0, "Every figure of the Calculations, Summary and Appraisal sheets for this option, one a row, as "
                + "formulas over its column of the Assumptions sheet. The Options sheet refers to these.", w.styles.note);
        String[] head = {"Line", "Part", "Item", "Value"};
        for (int c = 0; c < head.length; c++) {
            w.text(2, c, head[c], w.styles.header);
        }
        int r = 3;
        for (Line line : calc.program().lines()) {
            int[] lineCells = line.cells();
            for (int k = 0; k < lineCells.length; k++) {
                if (lineCells[k] < 0) {
                    continue;
                }
                w.text(r, 0, line.owner(), null);
                w.text(r, 1, line.part(), null);
                w.text(r, 2, line.item() + column(line, k), null);
                cells.write(w, r, VALUE_COLUMN, lineCells[k], line.block() == Line.Block.PRICES && k == 1
                        ? w.styles.unitMoney : AppraisalSheet.style(w, line, false));
                r++;
            }
        }
        w.sheet.setColumnWidth(0, 44 * 256);
        w.sheet.setColumnWidth(1, 24 * 256);
        w.sheet.setColumnWidth(2, 50 * 256);
        w.sheet.setColumnWidth(VALUE_COLUMN, 18 * 256);
    }

    private static String column(Line line, int k) {
        return switch (line.block()) {
            case JOURNEY, SUBTOTAL -> " · " + new String[] {"cases", "unit cost", "amount"}[k];
            case SUMMARY -> " · " + org.journeyworkbench.engine.result.CostBenefitSummary.COLUMNS.get(k + 1);
            case YEARS -> " · year " + k;
            case PRICES -> " · " + new String[] {"factor to price base", "in price base"}[k];
            case TERM, RESULT -> "";
        };
    }
}
